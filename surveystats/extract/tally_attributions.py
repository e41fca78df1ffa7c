"""A whole's parts attributed to agents or causes: "A caused 60 per cent, B 25 per cent".

Reports on civilian casualties, violations, allegations and deaths (UNAMA, UNAMI, UNSOM,
the joint human rights offices, the Secretary-General's reports on children and armed
conflict and on conduct and discipline) split what they counted by who or what did it.
Each part is a clause of attribution, and one list mixes their shapes:

- the agent first, a verb of attribution, the figure: "Anti-Government elements were
  linked to 2,361 civilian casualties", "clan militias are responsible for 13 per cent",
  "MONUSCO accounted for 66 allegations", "militants killed 531", "with the Taliban
  responsible for 35 per cent", "with operations by pro-Government forces causing around
  10 per cent", "ISIL claimed responsibility for 34 of the attacks", "illness had become
  the prime killer (57 per cent)", "were responsible for the majority of the violations
  (58 per cent)";
- the figure first, the agent after a passive: "five per cent caused by unidentified
  anti-government elements", "1,160 (55%) were attributed to anti-government elements",
  "more than 900 were caused by the Islamic State's regional arm", "30 were blamed on
  militias";
- an attributor: "UNAMA attributes 42 per cent of the casualties to the Taliban";
- a later part with its verb elided: "IS 25 per cent" after an agent-first clause, "828
  (39%) to pro-government forces" after a passive or an attributor.

The verbs vary from clause to clause ("were linked to ..., while ... were responsible
for ..."): what makes the clauses one list is that each attributes a figure of the same
whole, and that they are joined as parts are (", while", "whereas", ", with", ", and",
";", ":", ","). An aside may stand between an agent and its verb (", including the army and
the police,") and between two clauses (a share of the total in parentheses or between
dashes); a count's share in parentheses stays with its part.

The parts are the agents, each with its figure; a first share that the later ones add
up to is their whole, no part ("Sixty-five per cent ... were inflicted by anti-government
elements, with the Taliban responsible for 35 per cent, IS 25 per cent and five per cent
caused by unidentified anti-government elements": three parts; a first count so is the
total). A count the first part is "of which" is the total where the parts fit in it ("18
incidents that impacted education, 12 of which were attributed to A, four to B and two
jointly to A and B"). None: a lone agent ("Armed groups are responsible for 64% of these
abuses, or 266 violations"), counts of different nouns ("caused 12 deaths, while ...
committed 30 violations"), shares past 100 or of different wholes ("50 per cent of the
gross domestic product; ... 1 per cent of the world trade", "of the damage to schools ...
of the damage to hospitals"), a pronoun as agent ("they accounted for 65 per cent"), the
same agent twice, and a later share with no agent ("IEDs accounted for 60 per cent of ...,
and 70 per cent of ...").

Every pattern is anchored at a figure the item reader found and looks at most a few
hundred characters around it, once: linear time.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from fractions import Fraction

from surveystats.extract.tally_items import AUXILIARIES, VERBS, Item, word_set
from surveystats.extract.tally_parts import Part, Tally, as_word
from surveystats.text import NUMBER_WORDS, sentence_starts

__all__ = ["ATTRIBUTION_WORDS", "with_attributions"]

#: Literals one of which a paragraph holds where a part may be attributed.
ATTRIBUTION_WORDS = (
    "responsible",
    "responsibility for",
    "blamed",
    "ascribed",
    " behind ",
    "ttribut",
    "linked to",
    " caus",  # not "because"
    "ccounted for",
    "ccounting for",
    "ccounts for",
    "ccount for",
    "inflict",  # not "conflict"
    "erpetrat",
    "ommitted",  # not "Committee"
    "ommitting",
    "ommits",
    "killed",
    "killer",
    "carried out",
    "associated with",
)

_BE = (
    r"(?:was|were|is|are|be|been|being|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been"
    r"|remain(?:s|ed)?)"
)
_ADVERB = (
    r"(?:also|jointly|reportedly|allegedly|mostly|mainly|largely|directly|together|"
    r"collectively|alone|reportedly|still|now)"
)
# What may stand between a verb and its figure: "accounted for only 16 per cent".
_QUALIFIERS = (
    r"(?:\s{1,3}(?:only|just|nearly|almost|about|around|roughly|approximately|some|over|"
    r"more\s{1,3}than|less\s{1,3}than|fewer\s{1,3}than|at\s{1,3}least|close\s{1,3}to|"
    r"an\s{1,3}estimated|a\s{1,3}further|another|the\s{1,3}remaining|a\s{1,3}total\s{1,3}of|"
    r"up\s{1,3}to|well\s{1,3}over))*"
)
_RANK = (
    r"(?:prime|main|leading|principal|primary|biggest|largest|single\s{1,3}largest|top|"
    r"chief|major|second|third|most\s{1,3}common|deadliest)"
)
# Most of a whole, its share in parentheses after it: "the majority of casualties (62%)".
_MOST = (
    r"(?:most|the\s{1,3}majority|the\s{1,3}bulk|the\s{1,3}largest\s{1,3}(?:share|number|part)"
    r"|(?:(?:nearly|almost|over|more\s{1,3}than|about|some)\s{1,3})?"
    r"(?:half|a\s{1,3}third|a\s{1,3}quarter|two[\s-]thirds|one[\s-]third|three[\s-]quarters))"
)
# The verb of an agent-first clause, at the end of the words before its figure.
_ACTIVE_VERB = re.compile(
    rf"""(?:\s|^)(?P<verb>
        (?:{_BE}\s{{1,3}})?(?:{_ADVERB}\s{{1,3}})?
        (?:responsible\s{{1,3}}for|linked\s{{1,3}}to|to\s{{1,3}}blame\s{{1,3}}for|behind)
      | (?:{_ADVERB}\s{{1,3}})?(?:claimed|claims?|claiming)\s{{1,3}}responsibility\s{{1,3}}for
      | (?:(?:has|have|had)\s{{1,3}})?(?:{_ADVERB}\s{{1,3}})?
        (?:account(?:ed|s|ing)?\s{{1,3}}for|caused|causes?|causing|inflicted|inflicts?|
           inflicting|perpetrated|perpetrates?|perpetrating|committed|commits?|committing|
           killed|kills?|killing|carried\s{{1,3}}out|carr(?:y|ies)\s{{1,3}}out|
           carrying\s{{1,3}}out)
      | (?:{_BE}\s{{1,3}})?(?:responsible\s{{1,3}}for|account(?:ed|s|ing)?\s{{1,3}}for|caused)
        \s{{1,3}}{_MOST}(?:\s{{1,3}}of\s{{1,3}}[^,;()\d]{{1,60}}?)?\s{{0,3}}\(
      | (?:{_BE}|had\s{{1,3}}become|has\s{{1,3}}become|became)\s{{1,3}}(?:the\s{{1,3}})?
        (?:(?:second|third)\s{{1,3}})?{_RANK}\s{{1,3}}(?:killer|cause|perpetrator|source)
        (?:\s{{1,3}}of\s{{1,3}}[^,;()\d]{{1,60}}?)?\s{{0,3}}\()
    {_QUALIFIERS}\s{{0,3}}$""",
    re.VERBOSE | re.IGNORECASE,
)
# The verb of a figure-first clause, after the figure and what it counts: "were
# attributed to", "caused by", "associated with".
_PASSIVE_VERB = re.compile(
    rf"""(?P<filler>(?:\s{{1,3}}[^\s,;:()\d–—]{{1,30}}){{0,10}}?)
    (?:\s{{0,3}}\([^()]{{0,80}}\))?
    (?:\s{{1,3}}{_BE})?(?:\s{{1,3}}{_ADVERB})?\s{{1,3}}
    (?P<verb>(?:attributed|attributable|linked|associated|ascribed)\s{{1,3}}(?:to|with)
      | blamed\s{{1,3}}on
      | (?:caused|inflicted|perpetrated|committed|killed|carried\s{{1,3}}out|claimed)
        \s{{1,3}}by)
    \s{{1,3}}""",
    re.VERBOSE | re.IGNORECASE,
)
# An elided passive after its figure: "(39%) to pro-government forces", "10 by settlers".
_ELIDED_PASSIVE = re.compile(
    r"(?:\s{0,3}\([^()]{0,80}\))?\s{1,3}(?:(?:jointly|all)\s{1,3})?(?:to|by)\s{1,3}"
)
# A part of a whole counted before it: "18 incidents ..., 12 of which were attributed".
_OF_WHICH = re.compile(r"\s{1,3}of\s{1,3}(?:which|whom|them|these)\b")
# A parenthesis after a count and its noun: "1,500 civilian casualties (511 deaths and ...)".
_PARENTHESIS_AFTER = re.compile(r"(?:\s{1,3}[^\s,;:()\d]{1,30}){0,6}\s{0,3}\([^()]{1,160}\)")
# An attributor's verb right before the figure: "UNAMA attributes 42 per cent".
_ATTRIBUTOR = re.compile(
    r"\b(?:attribut(?:ed|es|e|ing)|blam(?:ed|es|e|ing))\s{1,3}$", re.IGNORECASE
)
_ATTRIBUTED_TO = re.compile(
    r"(?P<filler>(?:\s{1,3}[^\s,;:()\d–—]{1,30}){0,10}?)\s{1,3}(?:to|on)\s{1,3}"
)
# What joins two clauses, after the first one's words: ", while", " whereas", "; ", ",".
_JOIN = re.compile(
    r"""(?P<tail>(?:\s{1,3}[^\s,;:()\d–—]{1,30}){0,10}?)      # what the figure counts
    (?:\s{0,3}\([^()]{0,160}\))?                             # its share: "(80 per cent ...)"
    (?:\s{0,3}(?:–|—|--)\s[^–—\d]{1,80}?\s(?:–|—|--))?      # an aside: "– two-thirds –"
    (?P<join>\s{0,3}[,;:]\s{1,3}(?:(?:and|while|whereas|with|but)\s{1,3})?
      | \s{1,3}(?:and|while|whereas|with|but)\s{1,3})""",
    re.VERBOSE,
)
# An aside between an agent and its verb: ", including the army and the police,".
_AGENT_ASIDE = re.compile(
    r"\s{0,3},\s{1,3}(?:including|such\s{1,3}as|notably|mainly|mostly|chiefly|primarily|"
    r"in\s{1,3}particular|particularly|among\s{1,3}them|especially|led\s{1,3}by)\b[^,;]{1,160},\s{0,3}$"
    r"|\s{0,3}(?:–|—|--)\s[^–—\d]{1,80}?\s(?:–|—|--)\s{0,3}$",
    re.IGNORECASE,
)
# Where the first agent opens, looking back from its verb: the last of these marks.
_AGENT_OPENS = re.compile(
    r"[,;:(]\s{0,3}(?:(?:and|while|whereas|with|but)\s{1,3})?|\s(?:that|while|whereas|with|but)\s|\s(?:–|—|--)\s"
    r"|\b(?:says|said|say|found|finds|shows|showed|show|indicates|indicated|indicate|notes|"
    r"noted|reports|reported|states|stated|revealed|reveals|estimates|estimated|adds|added)"
    r"\s(?:that\s)?"
)
# "and" before a figure, which ends an agent: "to A and 828 (39%) to B", "and three to".
_AND_A_FIGURE = re.compile(
    rf"\s(?:and|or)\s{{1,3}}(?=\d|(?i:{NUMBER_WORDS})\b|(?:only|some|about|around|nearly|more)\s)"
)
# An age bound inside an agent: "children aged 1 to 4 years", "those aged less than 14".
_AGE_BOUND = re.compile(
    r"\baged\s{1,3}(?:(?:less|more|younger|older)\s{1,3}than\s{1,3}|under\s{1,3}|over\s{1,3})?"
    r"\d{1,3}(?:\s{0,3}(?:to|-|–)\s{0,3}\d{1,3})?(?:\s{1,3}(?:months|years|days))?"
)
# A count that bounds an age, no figure of a list: "those aged less than 14 for 11%".
_AGE_BEFORE = re.compile(
    r"\baged\s{1,3}(?:(?:(?:less|more|younger|older)\s{1,3}than|under|over)\s{1,3}"
    r"|\d{1,3}\s{0,3}(?:to|-|–)\s{0,3})$"
)
# Where an agent after its passive verb ends.
_AGENT_ENDS = re.compile(
    r"\s{0,3}(?:[,;:]|\.(?:\s|$)|$)|\s(?:while|whereas|with|but|according|in\s{1,3}the\s{1,3}"
    r"(?:first|second|third|last|same|past))\s|\s{0,3}\((?=[^()]*\d)"
)
# The whole a share names after it: "of the gross domestic product", "of all casualties".
_OF_WHOLE = re.compile(
    r"\s{1,3}of\s{1,3}(?P<whole>[^,;:()\d]{1,80}?)"
    r"(?=\s{0,3}[,;:()]|\s(?:and|while|whereas|with|but)\s|\.|$)"
)
_NOT_AGENT_WORDS = word_set(
    """
    it they them this these those which who whom that he she we i you there here its their
    of in on at for to by from and or but with as than
    """
)
# A verb of attribution that another reader took into a label: "A were responsible".
_VERB_IN_LABEL = re.compile(
    r"\b(?:responsible|caused|causing|accounting|accounted|attributed|linked|perpetrated|"
    r"committed|inflicted|killed|with)\b"
)
# Words that name no whole: "the", "all", "total" in "of the total number of ...".
_NOT_WHOLE_WORDS = _NOT_AGENT_WORDS | word_set("the a an all total overall number")
_THOSE_THEN = word_set("aged with without in on from under over")
_MAX_AGENT_WORDS = 16
_MAX_GAPPED_WORDS = 6
_QUOTES = "\"'“”‘’"
_SLACK = Fraction(1, 2)
_REACH = 220  # characters before a figure its agent and verb may take
# The longest text _ATTRIBUTOR can match ("attributing" and three spaces), with a margin:
# the verb ends at the figure, so it is looked for in the characters just before it.
_ATTRIBUTOR_REACH = 24
# Clauses one list may take. Real lists have a handful; one long sentence of attributions
# that fails as a whole ("A accounted for 38 per cent of exports, B for ..." repeated, the
# shares past 100) was read again from each of its figures: quadratic without a bound.
_MAX_CLAUSES = 24


@dataclass
class _Clause:
    """One attributed part: its agent, its figure and where the clause's words end."""

    agent: str
    start: int
    item: Item
    end: int
    shape: str  # "active", "passive", "attributor", "gapped", "elided"
    share: Fraction | None = None


def _agent(raw: str) -> str | None:
    """The agent's words, or None where they cannot name one."""
    words = raw.strip().strip(_QUOTES + " ").split()
    while len(words) > 1 and words[0] in ("the", "The") and words[1][:1].islower():
        words = words[1:]  # "the Taliban" keeps its article only before a name
    if not words or len(words) > _MAX_AGENT_WORDS:
        return None
    # "those aged 14 to 15": the elided noun, then what sets the part apart
    those = len(words) > 2 and words[0].lower() == "those" and words[1].lower() in _THOSE_THEN
    if (as_word(words[0]) in _NOT_AGENT_WORDS and not those) or as_word(
        words[-1]
    ) in _NOT_AGENT_WORDS:
        return None
    if any(ch.isdigit() for ch in _AGE_BOUND.sub("", raw)):
        return None  # "children aged 1 to 4 years" names an agent; "in 2020" no
    if any(as_word(w) in AUXILIARIES for w in words):  # "IS" names a group, "is" no agent
        return None  # "the number of cases was": a clause, no agent
    return " ".join(w.strip(_QUOTES) for w in words)


def _agent_after(text: str, position: int, stop: int) -> tuple[str, int] | None:
    """The agent of a passive, read from ``position``; its words and their end."""
    window = text[position : min(stop, position + 160)]
    end = _AGENT_ENDS.search(window)
    cut = end.start() if end is not None else len(window)
    # "... to A and 828 (39%) to B": "and" before a figure ends the agent
    joined = _AND_A_FIGURE.search(window, 0, cut)
    if joined is not None:
        cut = joined.start()
    agent = _agent(window[:cut])
    return None if agent is None else (agent, position + cut)


def _active_clause(text: str, item: Item, low: int, *, first: bool) -> _Clause | None:
    """An agent-first clause ending at ``item`` ("A were responsible for 292 ...")."""
    window = text[low : item.prefix_start]
    verb = _ACTIVE_VERB.search(window)
    if verb is None:
        return None
    before = window[: verb.start()]
    aside = _AGENT_ASIDE.search(before)
    if aside is not None:
        before = before[: aside.start()]
    begin = 0
    if first:
        for opens in _AGENT_OPENS.finditer(before):
            begin = opens.end()  # the last mark before the verb
    agent = _agent(before[begin:])
    if agent is None:
        return None
    start = low + begin + (len(before[begin:]) - len(before[begin:].lstrip()))
    end = item.end
    if verb["verb"].endswith("(") and (closing := text.find(")", end, end + 4)) >= 0:
        end = closing + 1  # "the prime killer (57 per cent)": the clause ends after it
    return _Clause(agent, start, item, end, "active")


def _passive_clause(text: str, item: Item, stop: int, *, elided: bool) -> _Clause | None:
    """A figure-first clause: "5 per cent caused by A", "(39%) to B" where ``elided``."""
    pattern = _ELIDED_PASSIVE if elided else _PASSIVE_VERB
    verb = pattern.match(text, item.end, stop)
    if verb is None:
        return None
    if not elided and re.search(r"\b(?:while|whereas|with|and|but)\b", verb["filler"]):
        return None  # the filler runs into another clause
    after = _agent_after(text, verb.end(), stop)
    if after is None:
        return None
    return _Clause(after[0], item.prefix_start, item, after[1], "elided" if elided else "passive")


def _attributor_clause(text: str, item: Item, low: int, stop: int) -> _Clause | None:
    """An attributor's clause: "UNAMA attributes 42 per cent of the casualties to B"."""
    # anchored at the figure ("$"): only its last few characters can hold the verb, and a
    # search from the sentence's start would read a long sentence once for each figure
    if (
        _ATTRIBUTOR.search(text, max(low, item.prefix_start - _ATTRIBUTOR_REACH), item.prefix_start)
        is None
    ):
        return None
    to = _ATTRIBUTED_TO.match(text, item.end, stop)
    if to is None or re.search(r"\b(?:while|whereas|with|and|but)\b", to["filler"]):
        return None
    after = _agent_after(text, to.end(), stop)
    if after is None:
        return None
    return _Clause(after[0], item.prefix_start, item, after[1], "attributor")


def _first_clause(text: str, item: Item, low: int, stop: int) -> _Clause | None:
    return (
        _attributor_clause(text, item, low, stop)
        or _passive_clause(text, item, stop, elided=False)
        or _active_clause(text, item, max(low, item.prefix_start - _REACH), first=True)
    )


def _next_clause(
    text: str, previous: _Clause, item: Item, stop: int, shapes: set[str]
) -> _Clause | None:
    """The clause of ``item`` joined to ``previous``, or None."""
    join = _JOIN.match(text, previous.end, item.prefix_start)
    if join is None:
        return None
    rest = text[join.end() : item.prefix_start]
    if not rest.strip() or re.fullmatch(_QUALIFIERS + r"\s{0,3}", " " + rest):
        # the figure opens its clause: a passive, maybe with its verb elided
        clause = _passive_clause(text, item, stop, elided=False)
        if clause is None and shapes & {"passive", "attributor", "elided"}:
            clause = _passive_clause(text, item, stop, elided=True)
        return clause
    clause = _active_clause(text, item, join.end(), first=False)
    if clause is not None:
        return clause
    # "IS 25 per cent": the agent alone, its verb elided, after an agent-first clause
    if "active" not in shapes:
        return None
    # "and unidentified elements for 95": the elided verb's preposition stays
    gapped = re.fullmatch(rf"(?P<agent>.+?),?(?:\s{{1,3}}(?:for|to))?{_QUALIFIERS}\s{{1,3}}", rest)
    if gapped is None or len(gapped["agent"].split()) > _MAX_GAPPED_WORDS:
        return None
    agent = _agent(gapped["agent"])
    if agent is None or "total" in rest or _is_verb(agent.split()[-1]):
        return None  # "while Asia recorded 12": a clause of its own, no elided verb
    if any(word in VERBS for word in agent.split()):
        return None
    return _Clause(agent, join.end(), item, item.end, "gapped")


def _is_verb(word: str) -> bool:
    """Whether the last word of a short agent is a verb ("recorded", "making").

    Before its figure a word in -ed or -ing is the clause's own verb; before a noun it is
    an adjective ("unidentified elements").
    """
    return word in VERBS or (word.islower() and word.endswith(("ed", "ing")) and len(word) > 4)


def _count_aside(text: str, clause: _Clause) -> int | None:
    """Where a parenthesis with figures after an agent-first clause's count ends, if any."""
    if clause.shape not in ("active", "gapped") or clause.end != clause.item.end:
        return None
    aside = _PARENTHESIS_AFTER.match(text, clause.end)
    return None if aside is None else aside.end()


def _share_aside(text: str, clause: _Clause, following: Item) -> bool:
    """Whether ``following`` is a share in parentheses right after the clause's count."""
    return (
        clause.item.kind == "count"
        and following.kind == "percent"
        and re.fullmatch(
            r"(?:\s{1,3}[^\s,;:()\d]{1,30}){0,6}\s{0,3}\(\s{0,3}",
            text[clause.item.end : following.prefix_start],
        )
        is not None
    )


def with_attributions(text: str, items: list[Item], kept: list[Tally]) -> list[Tally]:
    """``kept`` with the lists of attributed parts (see the module) read in ``text``.

    A list is added where it overlaps no tally of ``kept``, and replaces the ones it
    overlaps where it holds every figure each of them read (or the whole it split):
    "Sixty-five per cent ... were inflicted by A, with the Taliban responsible for 35 per
    cent, ..." read as 65 and 35 elsewhere.

    Parameters
    ----------
    text
        One paragraph.
    items
        Its numbers as :func:`~surveystats.extract.tally_items.read_items` reads them.
    kept
        The tallies other readers found in ``text``.

    Returns
    -------
    list of Tally
        ``kept``, less the tallies replaced, with the lists added, in text order.

    Examples
    --------
    >>> from surveystats.extract.tally_items import read_items
    >>> text = ("Clan militias are responsible for 13 per cent of the casualties, while "
    ...         "state actors, including the army, are responsible for 11 per cent.")
    >>> [(p.category, p.percent) for t in with_attributions(text, read_items(text), [])
    ...  for p in t.parts]
    [('Clan militias', 13.0), ('state actors', 11.0)]
    >>> text = "Armed groups are responsible for 64 per cent of these abuses."
    >>> with_attributions(text, read_items(text), [])
    []
    """
    figures = [
        item
        for item in items
        if item.kind in ("count", "percent")
        and not (
            item.kind == "count" and _AGE_BEFORE.search(text, max(0, item.start - 24), item.start)
        )
    ]
    if len(figures) < 2:
        return kept
    starts = sentence_starts(text)
    index = 0
    while index < len(figures):
        item = figures[index]
        low = starts[bisect.bisect_right(starts, item.prefix_start) - 1]
        after = bisect.bisect_right(starts, item.end)
        stop = starts[after] if after < len(starts) else len(text)
        first = _first_clause(text, item, low, stop)
        index += 1
        if first is None:
            continue
        chain = [first]
        shapes = {first.shape}
        probe = index
        while probe < len(figures) and figures[probe].start < stop and len(chain) < _MAX_CLAUSES:
            following = figures[probe]
            if _share_aside(text, chain[-1], following):
                # "2,361 civilian casualties (80 per cent of the total)": its part's share
                chain[-1].share = following.percent
                closing = text.find(")", following.end, stop)
                chain[-1].end = max(chain[-1].end, closing + 1 if closing >= 0 else following.end)
                probe += 1
                continue
            if following.start < chain[-1].end:
                probe += 1  # in an aside of the clause just read ("1,160 (55%) were ...")
                continue
            if (aside := _count_aside(text, chain[-1])) is not None:
                # "caused 1,500 casualties (511 deaths and 989 injured), while B ...": the
                # count's own split, read by the readers of splits, is no part of this list
                chain[-1].end = aside
                continue
            clause = _next_clause(text, chain[-1], following, stop, shapes)
            if clause is None:
                break
            chain.append(clause)
            shapes.add(clause.shape)
            probe += 1
        read = _as_tally(text, chain)
        if read is None:
            continue
        tally, whole = read
        if tally.total is None and tally.unit == "count":
            _take_whole_before(text, figures, index - 1, first, tally, low)
        overlapping = [
            t
            for t in kept
            if t.start < tally.end
            and tally.start < t.end
            # "caused 1,500 casualties (511 deaths and 989 injured)": a split of one part
            # stands beside the list
            and not any(p.start <= t.start and t.end <= p.end for p in tally.parts)
        ]
        if any(not _reads_more(tally, whole, other) for other in overlapping):
            continue
        kept = [t for t in kept if t not in overlapping]
        kept.append(tally)
        index = probe
    return sorted(kept, key=lambda t: t.start)


def _take_whole_before(
    text: str, figures: list[Item], at: int, first: _Clause, tally: Tally, low: int
) -> None:
    """Give ``tally`` the count its first part is "of which" ("18 incidents ..., 12 of which").

    The whole is the last count before the first part in its sentence, no smaller than
    the parts' sum; a relative clause may stand between ("18 incidents that impacted
    education, 12 of which were attributed to A, four to B").
    """
    if _OF_WHICH.match(text, first.item.end) is None:
        return
    # the last figure of the sentence before the first part, looked for backwards from the
    # part (``at``, its place in ``figures``, which are in text order): a scan of every
    # figure was quadratic in a long paragraph of such lists
    whole = None
    for figure in (figures[j] for j in range(at - 1, -1, -1)):
        if figure.start < low:
            break
        if figure.end <= first.item.prefix_start:
            whole = figure
            break
    if whole is None or whole.kind != "count" or whole.value is None:
        return
    if whole.value >= sum(part.count or 0 for part in tally.parts):
        tally.total, tally.total_qualifier = whole.value, whole.qualifier
        tally.start = min(tally.start, whole.prefix_start)


def _whole_named(text: str, item: Item) -> frozenset[str]:
    """The content words of the whole a share names after it ("of the casualties")."""
    named = _OF_WHOLE.match(text, item.end)
    if named is None:
        return frozenset()
    return frozenset(w.lower() for w in named["whole"].split() if w.lower() not in _NOT_WHOLE_WORDS)


def _different_wholes(wholes: list[frozenset[str]]) -> bool:
    """Whether two shares name different wholes: neither names a part of the other's words.

    "of the casualties" and "of all civilian casualties" are one whole; "of the damage to
    schools" and "of the damage to hospitals" are two.

    >>> _different_wholes([frozenset({"casualties"}), frozenset({"civilian", "casualties"})])
    False
    >>> _different_wholes([frozenset({"damage", "schools"}), frozenset({"damage", "hospitals"})])
    True
    """
    named = [whole for whole in wholes if whole]
    return any(not (a <= b or b <= a) for a, b in itertools.pairwise(named))


def _as_tally(text: str, chain: list[_Clause]) -> tuple[Tally, Fraction | None] | None:
    """The breakdown a chain of clauses states and the whole it split, or None."""
    unit = chain[0].item.kind
    if any(c.item.kind != unit for c in chain):
        return None
    values = [c.item.percent if unit == "percent" else c.item.value for c in chain]
    if any(v is None for v in values):
        return None
    if not any(c.shape in ("active", "passive", "attributor") for c in chain):
        return None  # a verb of attribution is written once at least (maybe in the whole's)
    whole = None
    if len(chain) > 2 and values[0] == sum(values[1:]):  # type: ignore[arg-type]
        # "65 per cent ... were inflicted by A, with B responsible for 35 per cent, C 25
        # per cent and 5 per cent caused by D": the first is the whole of the rest
        whole = Fraction(values[0])  # type: ignore[arg-type]
        chain = chain[1:]
    if len(chain) < 2:
        return None
    agents = [c.agent.lower() for c in chain]
    if len(set(agents)) < len(agents):
        return None
    if unit == "percent" and sum(c.item.percent for c in chain) > 100 + _SLACK * len(chain):  # type: ignore[misc]
        return None
    nouns = {c.item.counted.lower() for c in chain if unit == "count" and c.item.counted}
    if len(nouns) > 1:
        return None  # "caused 12 deaths, while B committed 30 violations"
    if unit == "percent" and _different_wholes([_whole_named(text, c.item) for c in chain]):
        return None  # "50 per cent of the gross domestic product; ... 1 per cent of trade"
    counted = next((c.item.counted for c in chain if c.item.counted), None)
    parts = [
        Part(
            c.agent,
            c.item.value if unit == "count" else None,
            c.start,
            c.end,
            percent=_share_of(c, unit),
            decimals=c.item.decimals if unit == "percent" else None,
            counted=counted if unit == "count" else None,
            counted_inherited=unit == "count" and counted is not None and c.item.counted is None,
            base=counted if unit == "percent" else None,
            qualifier=c.item.qualifier,
        )
        for c in chain
    ]
    tally = Tally(
        "breakdown", min(p.start for p in parts), max(p.end for p in parts), parts, unit=unit
    )
    tally.subject = counted
    if whole is not None and unit == "count":
        tally.total = int(whole)
    return tally, whole


def _share_of(clause: _Clause, unit: str) -> float | None:
    """A part's share: its figure in a list of shares, its aside's in a list of counts."""
    share = clause.item.percent if unit == "percent" else clause.share
    return None if share is None else float(share)


def _reads_more(mine: Tally, whole: Fraction | None, theirs: Tally) -> bool:
    """Whether ``mine`` reads every figure of ``theirs`` (and maybe more, or their whole).

    The same figures read with the agents as labels replace a reading that took the
    verbs into them ("Government forces were responsible", "with Daesh accounting").

    >>> a = Tally("breakdown", 0, 50, [Part("A", 3, 0, 10), Part("B", 2, 20, 30)])
    >>> b = Tally("breakdown", 0, 30, [Part("A", 3, 0, 10)])
    >>> c = Tally("breakdown", 0, 50, [Part("A caused", 3, 0, 10), Part("B", 2, 20, 30)])
    >>> _reads_more(a, None, b), _reads_more(b, None, a), _reads_more(a, None, c)
    (True, False, True)
    """

    def figures(tally: Tally) -> list[float]:
        return [float(p.count) if p.count is not None else (p.percent or -1.0) for p in tally.parts]

    if theirs.total is not None and mine.total is None:
        return False  # "..., making a total of 249": a whole mine does not hold
    rest = figures(mine)
    if whole is not None:
        rest.append(float(whole))
    for figure in figures(theirs):
        if figure not in rest:
            return False
        rest.remove(figure)
    # the same figures: only where their labels took in a verb of attribution
    return bool(rest) or any(
        _VERB_IN_LABEL.search(part.category or "") is not None for part in theirs.parts
    )
