"""Texts that failed, stated without counts: a vote of no parts, outcome rejected or vetoed.

A record, a press release or a news page often says that a text put to the vote failed and
gives no counts: "The Council also rejected a second draft resolution", "A proposed
amendment was defeated in a recorded vote", "The Security Council on Friday failed to adopt
a draft resolution on Ukraine", "the resolution failed to pass", "The motion did not pass".
Like "adopted without a vote", such a sentence states the outcome of a vote and no side of
it: one tally of kind "vote" with no parts and the outcome "rejected", or "vetoed" where the
sentence names a veto as the cause ("failed to extend the mandate after Russia vetoed ...",
"was defeated, owing to a veto by one of its permanent members", "was not adopted because
of the negative vote cast by one of its permanent members", "With 'no' votes from permanent
members Russia and China, the Council failed to adopt ...").

The evidence is a closed class, not a wording: a verb of failure in the past, finite, in a
clause that reports (no "if", "unless", modal or relative before it), and as its subject or
object a text put to the vote (a resolution, a draft, an amendment, a motion, a bill, a
text) or a body that votes (a council, an assembly, a committee, ...):

- a body fails to act on a text: "<body> failed to adopt / did not approve / has not
  adopted / rejected / defeated / voted down <a text>", or "failed to extend / renew"
  anything (a mandate, a mission's presence): only a vote renews;
- a text fails: "<a text> ... was (again, overwhelmingly ...) rejected / defeated / not
  adopted / not approved / voted down", "<a text> ... failed to pass / to be adopted / to
  win (get, gain, obtain, secure, receive) enough votes (the required majority, support)",
  "<a text> did not pass"; the text may stand
  anywhere before the verb in its sentence ("A draft resolution that would have had the
  Council approve ... was defeated this evening"), or as "it" after one.

None: hopes and hypotheses ("if Russia's draft was not adopted", "can also be defeated if
..."), what a text is described as ("an amendment that was rejected"), a rejection by one
party that is no vote ("the proposal was rejected by the Government", "they rejected all
the options"), a body's inaction over time ("has not adopted a single resolution since
2016"), a rule ("Any negative vote ... means a failed resolution"), and the power of veto
("the veto power", "the right of veto"). A failure in a sentence that holds a counted vote
belongs to that vote, whose readers give it its outcome: it is no tally of its own here.
Every pattern is bounded and runs only where a literal of its verb stands: linear time.
"""

from __future__ import annotations

import bisect
import re

from surveystats.extract.tally_parts import GAP, Tally, holds_any
from surveystats.text.sentences import sentence_starts

__all__ = ["FAILURE_WORDS", "find_failed_texts", "may_state_failure"]

#: Literals (in lower case) one of which a paragraph holds where a text's failure may be
#: stated; :func:`find_failed_texts` reads nothing in a paragraph without one.
FAILURE_WORDS = ("failed", "rejected", "defeated", "not adopt", "not approv", "not pass",
                 "voted down")  # fmt: skip

# A text put to the vote, as the subject or object of its failure.
_TEXT = rf"""(?i:(?:draft{GAP})?(?:resolutions?|decisions?|texts?|amendments?|motions?|bills?)
    |drafts?)\b"""
# A body that votes, its name's last word ("the UN Security Council", "the assembly",
# "Council members", "the UNSC").
_BODY = r"""(?:[Cc]ouncil|[Aa]ssembly|[Cc]ommittee|[Cc]ommission|[Cc]onference|[Bb]oard
    |UNSC|[Ss]enate|House|[Pp]arliament|members)\b"""
# What may stand between a body and its verb, or a verb and its object: a time, an
# adverb of sequence, an auxiliary ("on Friday", "today", "on 31 July 1986", "also").
_TIME = rf"""(?:today|yesterday|tonight|again|also|then|once{GAP}again|thereafter
    |this{GAP}(?:morning|afternoon|evening|week)|last{GAP}(?:week|month|night)
    |on{GAP}(?:[A-Z][a-z]{{2,8}}day|\d{{1,2}}{GAP}[A-Z][a-z]{{2,8}}(?:{GAP}\d{{4}})?
        |[A-Z][a-z]{{2,8}}{GAP}\d{{1,2}}(?:,{GAP}\d{{4}})?))"""
# An object that names a text: up to four words that describe it ("a second draft
# resolution", "the Russian-drafted resolution", "the United States-led draft").
_TEXT_OBJECT = rf"""(?:the|a|an|its|this|that|another|both|two|three|four)
    {GAP}(?:[\w’'-]{{1,25}}{GAP}){{0,4}}?{_TEXT}"""
# A body's failure to act on a text (or to renew anything: only a vote renews).
_BODY_FAILS = re.compile(
    rf"""
    \b{_BODY}(?:\s{{0,3}}\([A-Z]{{2,10}}\))?(?:{GAP}{_TIME}){{0,2}}{GAP}
    (?:
        (?P<renew>failed(?:{GAP}{_TIME})?{GAP}to{GAP}(?:extend|renew))\b
      | (?P<verb>failed(?:{GAP}{_TIME})?{GAP}to{GAP}(?:adopt|approve|pass)
          |did{GAP}not{GAP}(?:adopt|approve|pass)
          |(?P<perfect>(?:has|had|have){GAP}not{GAP}(?:adopted|approved|passed))
          |rejected|defeated|voted{GAP}down)
        (?:{GAP}{_TIME})?{GAP}{_TEXT_OBJECT}
    )
    """,
    re.VERBOSE,
)
# A text's failure: the verb whose subject is a text named before it in the sentence.
_TEXT_FAILS = re.compile(
    rf"""
    (?<!which\s)(?<!that\s)(?<!who\s)
    \b(?P<verb>
        (?:was|were|(?:has|had|have){GAP}been)
          (?:{GAP}(?:again|also|then|subsequently|overwhelmingly|narrowly|ultimately
            |eventually|finally|later|duly|soundly|decisively))*
          {GAP}(?:rejected|defeated|voted{GAP}down|not{GAP}(?:adopted|approved|passed|carried))
      | failed{GAP}to{GAP}(?:pass|carry|be{GAP}(?:adopted|approved|passed|carried)
          # falling short, in words, not in figures: "failed to win enough votes";
          # "failed to receive the nine affirmative votes it needed" states a threshold
          |(?:win|get|gain|obtain|secure|receive|garner|attract){GAP}(?:enough|sufficient
            |the{GAP}(?:required|necessary|requisite){GAP}(?:majority|support|number)
            |a{GAP}majority|majority|support|backing)\b)
      | did{GAP}not{GAP}(?:pass|carry)
    )\b
    """,
    re.VERBOSE,
)
# The text as the subject of its failure: right before the verb, past a parenthesis or
# an aside in commas ("the resolution failed to pass", "The draft (S/2019/186), tabled by
# X, was rejected"), "it" after a text named before in the sentence, or a text that opens
# the sentence, its relative clause between ("A draft resolution that would have had the
# Council approve ... was defeated").
_TEXT_RIGHT_BEFORE = re.compile(
    rf"""(?:{_TEXT}(?:\s{{0,3}}\([^()]{{0,40}}\))?(?:\s{{0,3}},[^,;.]{{0,120}},)?|\bit)\s{{1,3}}$""",
    re.VERBOSE,
)
_TEXT_OPENS = re.compile(rf"\s*\W{{0,2}}(?:[\w’'.,-]+\s{{1,3}}){{0,6}}?{_TEXT}", re.VERBOSE)
_TEXT_ANYWHERE = re.compile(_TEXT, re.VERBOSE)
# A hope or a hypothesis in the verb's clause, a modal right before the verb.
_HYPOTHESIS = re.compile(
    r"\b(?:if|unless|whether|lest|in\s{1,3}case|in\s{1,3}the\s{1,3}event)\b", re.IGNORECASE
)
_MODAL = re.compile(
    r"\b(?:should|would|could|might|may|must|will|shall|can|cannot)\b[^,;]{0,25}$",
    re.IGNORECASE,
)
# A clause ends at a semicolon, a colon, a comma followed by a conjunction or a subject,
# or the sentence's start; the hypothesis must stand in the verb's own clause.
_CLAUSE_BREAK = re.compile(r"[;:]|,\s{1,3}(?:but|and|while|whereas|yet|so)\b|,\s{1,3}(?:the|it)\b")
# An agent after a passive that is no body voting: "rejected by the Government".
_AGENT = re.compile(r"\s{1,3}by\s{1,3}(?:the\s{1,3})?(?P<agent>[^,.;:()]{1,60})")
_VOTING_AGENT = re.compile(
    r"\b(?:Council|Assembly|Committee|Commission|Conference|Board|Senate|House|Parliament"
    r"|members|delegations|States|vote|majority|show|acclamation)",
    re.IGNORECASE,
)
# Counts after "by" are a vote's sides, which the readers of counts read (or, garbled,
# leave unread: "rejected by 19 and 25 votes to 44, 47 and 52" is no outcome alone).
_COUNTED_AGENT = re.compile(r"\d|\bvotes\b", re.IGNORECASE)
# A body's inaction over time is no vote: "has not adopted a resolution since 2016".
_OVER_TIME = re.compile(
    r"[^.;]{0,80}?\b(?:since|yet|so\s{1,3}far|ever|for\s{1,3}\w+\s{1,3}years)\b"
)
# A veto named as the cause in the sentence: "vetoed", "a veto by", "the negative vote of
# a permanent member", "'no' votes from permanent members"; the power is no cause.
_VETO = re.compile(
    r"\bvetoe?(?:d|s)?\b(?!\s{1,3}(?:power|right))(?<!right\sof\sveto)(?<!power\sof\sveto)",
    re.IGNORECASE,
)
_PERMANENT = re.compile(r"\bpermanent\s{1,3}(?:\w+\s{1,3})?members?\b", re.IGNORECASE)
_NEGATIVE = re.compile(
    r"negative\s{1,3}votes?|[\"“'‘]no[\"”'’]\s{0,3}votes?|\bno\s{1,3}votes?\s{1,3}(?:from|by|of)"
    r"|votes?\s{1,3}against|voted\s{1,3}against",
    re.IGNORECASE,
)
_REACH = 400  # characters before a verb where its sentence may start
# What every word of _BODY holds: the bodies' pattern runs only where one stands.
_BODY_STEMS = ("ouncil", "ssembl", "ommittee", "ommission", "onference", "oard", "UNSC", "enate",
               "House", "arliament", "embers")  # fmt: skip


# What every word of FAILURE_WORDS holds as any case writes it: tested before lowering.
_FAILURE_STEMS = ("ailed", "ejected", "efeated", "not ", "oted down", "AILED", "EJECTED",
                  "EFEATED", "NOT ")  # fmt: skip
# What every text noun of _TEXT holds, in lower case, and the failures that need none.
_TEXT_STEMS = ("resolution", "decision", "draft", "text", "amendment", "motion", "bill")
_RENEWALS = ("extend", "renew")


def may_state_failure(lower: str) -> bool:
    """Whether a paragraph (in lower case) may state a text's failure: a cheap literal test.

    >>> may_state_failure("the draft resolution was rejected.")
    True
    >>> may_state_failure("we rejected the allegations.")
    False
    """
    return holds_any(lower, FAILURE_WORDS) and (
        holds_any(lower, _TEXT_STEMS) or ("failed" in lower and holds_any(lower, _RENEWALS))
    )


def _names_veto(sentence: str) -> bool:
    """Whether a sentence names a veto as what made a text fail.

    >>> _names_veto("It failed after Russia vetoed the roll-over.")
    True
    >>> _names_veto("It was not adopted because of the negative vote of a permanent member.")
    True
    >>> _names_veto("Russia, which holds veto power, voted against it.")
    False
    """
    if _VETO.search(sentence):
        return True
    return bool(_PERMANENT.search(sentence) and _NEGATIVE.search(sentence))


# Where a sentence stops: a full stop, not an initial's ("U.N."), then a blank or the end.
_STOP = re.compile(r"(?<![A-Z])[.!?](?=\s|$)")


def _stops(text: str) -> list[int]:
    """Where each sentence of ``text`` stops (after its mark), for :func:`_sentence_span`.

    Found once for a paragraph: searched for after each failure, a long sentence was read
    to its end once for each (quadratic).

    >>> _stops("It failed. The U.N. draft was rejected!")
    [10, 39]
    """
    return [stop.end() for stop in _STOP.finditer(text)]


def _sentence_span(text: str, start: int, stops: list[int] | None = None) -> tuple[int, int]:
    """The start and end of the sentence that holds ``text[start]``.

    ``stops`` are those of :func:`_stops`, if found already.

    >>> text = "It failed. The draft was rejected"
    >>> _sentence_span(text, 15), _sentence_span(text, 15, _stops(text))
    ((11, 33), (11, 33))
    """
    reach = max(0, start - _REACH)
    begin = reach + sentence_starts(text[reach:start])[-1]
    if stops is None:
        stop = _STOP.search(text, start)
        return begin, stop.end() if stop else len(text)
    after = bisect.bisect_right(stops, start)  # each stop is one character: ends after it
    return begin, stops[after] if after < len(stops) else len(text)


def _starts_in(places: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``places`` lies in ``[lo, hi)``.

    >>> _starts_in([3, 9], 4, 9), _starts_in([3, 9], 4, 10)
    (False, True)
    """
    at = bisect.bisect_left(places, lo)
    return at < len(places) and places[at] < hi


def _reports(text: str, sentence: int, start: int) -> bool:
    """Whether the clause before ``start`` reports: no hypothesis, modal or rule in it.

    >>> text = "Nebenzia ruled out a return if Russia's draft was not adopted."
    >>> _reports(text, 0, text.index("was"))
    False
    """
    clause = sentence
    for brk in _CLAUSE_BREAK.finditer(text, sentence, start):
        clause = brk.end()
    if _HYPOTHESIS.search(text, clause, start):
        return False
    return _MODAL.search(text[max(clause, start - 40) : start]) is None


def find_failed_texts(
    text: str, *, taken: list[Tally] | None = None, counted: list[Tally] | None = None
) -> list[Tally]:
    """Find texts put to the vote that failed, in sentences that give no counts.

    Parameters
    ----------
    text
        One paragraph (any string).
    taken
        Outcomes already found in ``text``: a sentence that holds one is left as read.
    counted
        Votes and other tallies with counts found in ``text``: a sentence that holds one
        with parts is left to it.

    Returns
    -------
    list of Tally
        Tallies of kind ``"vote"`` with no parts, in text order, whose ``outcome`` is
        "vetoed" where the sentence names a veto as the cause, else "rejected". Each
        spans the verb of failure and, for a body's act, the body and the text.

    Examples
    --------
    >>> [t.outcome for t in find_failed_texts(
    ...     "The Council also rejected a second draft resolution on the item.")]
    ['rejected']
    >>> [t.outcome for t in find_failed_texts(
    ...     "The Security Council failed today to extend the mission after Russia vetoed it.")]
    ['vetoed']
    >>> find_failed_texts("The proposal was rejected by the Government.")
    []
    """
    if not holds_any(text, _FAILURE_STEMS) or not may_state_failure(text.lower()):
        return []  # literal tests are far cheaper than the patterns
    busy = [(t.start, t.end) for t in taken or ()]
    busy += [(t.start, t.end) for t in counted or () if t.parts]
    found: list[Tally] = []
    lows = sorted(low for low, _ in busy)  # asked by binary search: a long paragraph holds
    highs = sorted(high for _, high in busy)  # many outcomes, each asked for each failure
    stops = _stops(text)
    for match in _candidates(text, stops):
        begin, end = _sentence_span(text, match.start(), stops)
        if _starts_in(lows, begin, end) or _starts_in(highs, begin + 1, end + 1):
            continue  # the sentence's outcome or counted vote is read already
        if not _reports(text, begin, match.start("verb") if match["verb"] else match.start()):
            continue
        if found and found[-1].start >= begin:
            continue  # one failure per sentence ("was rejected as it failed to ...")
        outcome = "vetoed" if _names_veto(text[begin:end]) else "rejected"
        found.append(Tally("vote", match.start(), match.end(), [], outcome=outcome))
    return found


def _candidates(text: str, stops: list[int]) -> list[re.Match[str]]:
    """The failures of a body's act or of a text in ``text``, in text order."""
    found: list[re.Match[str]] = []
    if holds_any(text, _BODY_STEMS):
        for match in _BODY_FAILS.finditer(text):
            if match["perfect"] and _OVER_TIME.match(text, match.end()):
                continue  # "has not adopted a resolution since 2016": inaction over time
            found.append(match)
    for match in _TEXT_FAILS.finditer(text):
        begin = _sentence_span(text, match.start(), stops)[0]
        before = text[begin : match.start()]
        if not _TEXT_ANYWHERE.search(before) or not (
            _TEXT_RIGHT_BEFORE.search(before) or _TEXT_OPENS.match(before)
        ):
            continue  # no text as its subject: "the claims were rejected"
        agent = _AGENT.match(text, match.end())
        if agent and (
            _COUNTED_AGENT.search(agent["agent"]) or not _VOTING_AGENT.search(agent["agent"])
        ):
            continue  # "rejected by the Government": no vote; "by 19 votes to 44": counts
        found.append(match)
    found.sort(key=lambda match: match.start())
    return found
