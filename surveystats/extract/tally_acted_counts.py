"""Counts of the same things, each acted on by its own verb, in one sentence.

Committees and boards report what they did with the cases before them, one verb for each
count, with the verbs in any form and words between a verb and its count:

    The Committee recommended 23 organizations for special consultative status, while
    deferring action on 44 organizations.
    ... recommended that the Council grant three requests for reclassification while
    deferring action on three others.
    ... recommended 217 organizations for consultative status and deferred 304
    applications, while closing without prejudice its consideration of 48 others.
    The Committee rejected one text and sent another six draft resolutions to the Assembly.

The readers of lists take "recommended 23 organizations and deferred 44 others", the
verbs right before their counts; :func:`find_acted_counts` reads the runs where up to five
words stand between a verb and its count ("deferring action on", "grant consultative
status to"), the verb is in -ing or the base form after "that the Council", and an aside
follows an action before the next ("for further consideration, while"). Each action is a
verb (in -ed or -ing, a base form of the verbs committees use, or "sent", "held"), its
count and what it counts; two or more actions in a row, joined by "and", "while" or a
comma, with different verbs, counting the same things (the same noun; "others",
"another", "a further" or "other ..."; applications, organizations, requests or cases of
one committee) are the parts of a breakdown, each labelled by its verb as a past
participle ("deferring" -> "deferred"; a base form stays as written, "defer"). A verb that
takes in a whole ("received 1,200 complaints, resolved 950 and ...") leaves the run none,
as the readers of lists leave it.

A count after the preposition of its verb's object may stand further from the verb, past
the object and the names of bodies ("recommended consultative status with the Economic
and Social Council (ECOSOC) for seven organizations and postponed decisions on the
applications of 19 others", "took note of the quadrennial report of one organization").
A verb of deciding names the act it decides on ("recommended reinstating consultative
status for 56 organizations, while also withdrawing that status for 142": reinstated,
withdrawn; "decided to grant consultative status to 320 NGOs; to suspend for one year the
consultative status of 154 NGOs; ...; and to close ...": infinitives set apart by
semicolons). A participle may open the sentence before the main clause's subject
("Recommending special consultative status for two groups today, the Committee also
postponed consideration of 62 other applications"), and counts that both leave out what
they count make a run where neither names a place or time ("recommended 159 for
consultative status, deferred 180 for further consideration"; "arrested 40 on Monday and
released 12" stays none). Each count is looked at once, its verb searched for in a
bounded window before it: linear time.

Session 50: the acts of one agent in parallel clauses however their joint is written. An
aside in parentheses or between dashes is skipped, figures and all ("recommended 10
organizations ... — including the group known as ..., Ltd., on which a recorded vote was
held — and deferred action on 43 others"); infinitives after one verb of deciding join by
"and to" ("decided to recommend three NGOs (NGOs) for consultative status ... and to defer
the applications of 35 organizations"); a decision against an act is named whole
("decided against recommending three organizations ... and left pending the applications
of five others": "left pending" one verb of two words); a bound before a count is its
qualifier ("took note of more than 600 reports"); the kind of request a noun is for names
its kind ("one request for reclassification ... and took note of seven requests for a
name change" stays none); a lone action on another kind beside a split is set aside
("postponed taking action on 6 entities' request ..., and took note of more than 600 new
quadrennial reports, postponing consideration of another 14 reports": took note 600,
postponed 14). A count in words between two actions, outside an aside, is an action whose
verb went unread, and the two are no run.
"""

from __future__ import annotations

import re

from surveystats.extract.phrases import qualifier_of
from surveystats.extract.tally_items import Number
from surveystats.extract.tally_parts import YEAR_FIGURE, Part, Tally, overlaps_any, read_count
from surveystats.text import MONTH_PATTERN, sentence_starts
from surveystats.text.words import CARDINAL_WORDS

__all__ = ["find_acted_counts"]

# The verbs committees use in the base form, after "that the Council ..." or "to".
_BASE_VERBS = (
    "grant|defer|close|reject|approve|accept|adopt|recommend|refer|dismiss|decline|postpone"
    "|suspend|renew|withdraw|deny|admit|award|discontinue|return|send|uphold|reclassify"
    "|reinstate"
)
# The same verbs in a headline's present: "Committee Recommends Status to 2 Entities,
# Rejects 5, Postpones Consideration of 93 Others" (labelled as written, as a base form is).
_PRESENT_VERBS = (
    "grants|defers|closes|rejects|approves|accepts|adopts|recommends|refers|dismisses"
    "|declines|postpones|suspends|renews|withdraws|denies|admits|awards|discontinues"
    "|returns|sends|upholds|reinstates"
)
_IRREGULAR = {"sent": "sent", "sending": "sent", "held": "held", "holding": "held"}
_IRREGULAR |= {"took": "took", "taking": "taken", "found": "found", "finding": "found"}
_IRREGULAR |= {"upheld": "upheld", "upholding": "upheld", "withheld": "withheld"}
_IRREGULAR |= {"withdrew": "withdrew", "withdrawing": "withdrawn"}
# A verb of two words that leaves the cases undecided: "left pending the applications of
# five others", "keeping pending its consideration of 12 requests".
_IRREGULAR |= {"left pending": "left pending", "leaving pending": "left pending"}
_IRREGULAR |= {"kept pending": "kept pending", "keeping pending": "kept pending"}
_IRREGULAR_PATTERN = "|".join(word.replace(" ", r"\s{1,3}") for word in _IRREGULAR)
# Words that bound a count before it: "took note of more than 600 reports", "of over 20
# quadrennial reports" ("over" only after the preposition of an object: "spread over 12
# countries" places the action).
_QUANTIFIER = (
    r"another|a\s{1,3}further|the\s{1,3}remaining|some|about|more\s{1,3}than|over|nearly"
    r"|almost|at\s{1,3}least"
)
# A verb, up to five words, the count's article or quantifier, then the count: matched
# back from the count (the window ends where the count starts).
_VERB_BEFORE = re.compile(
    rf"""(?<![\w'’-])(?P<verb>[a-z]{{2,20}}(?:ed|ing)|[A-Z][a-z]{{2,20}}ing|{_PRESENT_VERBS}
    |{_BASE_VERBS}|{_IRREGULAR_PATTERN})
    (?P<gap>(?:\s{{1,3}}[a-z][a-z'’-]{{0,20}}){{0,5}}?)
    (?P<quantifier>\s{{1,3}}(?:{_QUANTIFIER}))?
    \s{{1,3}}$""",
    re.VERBOSE,
)
# A verb whose object stands before the preposition that takes the count, further than
# ``_VERB_BEFORE`` reaches: "recommended consultative status with the Economic and Social
# Council (ECOSOC) for seven organizations", "took note of the quadrennial report of one
# organization", "postponed decisions on the applications of 19 others". The words
# between are words and names, one aside in parentheses without a figure at most.
_VERB_FAR_BEFORE = re.compile(
    rf"""(?<![\w'’-])(?P<verb>[a-z]{{2,20}}(?:ed|ing)|[A-Z][a-z]{{2,20}}ing|{_PRESENT_VERBS}
    |{_BASE_VERBS}|{_IRREGULAR_PATTERN})
    (?P<gap>(?:\s{{1,3}}(?:[A-Za-z][A-Za-z'’-]{{0,25}}|\([A-Za-z][^()\d]{{0,40}}\)|[-‑–]))
    {{3,14}}?\s{{1,3}}(?:for|to|of|on))
    (?P<quantifier>\s{{1,3}}(?:{_QUANTIFIER}))?
    \s{{1,3}}$""",
    re.VERBOSE,
)
# A word that may open ``_VERB_FAR_BEFORE``.
_FAR_VERB_WORD = re.compile(
    rf"(?<![\w'’-])(?:[a-z]{{2,20}}(?:ed|ing)|[A-Z][a-z]{{2,20}}ing|{_PRESENT_VERBS}"
    rf"|{_BASE_VERBS}|{_IRREGULAR_PATTERN})(?=\s)"
)
# The names and asides inside a far verb's words: "the Economic and Social Council
# (ECOSOC)" is one name, its "and" no joint.
_NAMES = re.compile(
    r"\([^()]*\)|[A-Z][\w'’-]*(?:\s{1,3}(?:and|of|on|for|the)?\s{0,3}[A-Z][\w'’-]*)*"
)
# A span inside a far verb's words: "to suspend for one year the consultative status of".
_SPAN = re.compile(r"\bfor\s{1,3}(?:a|one|two|three)\s{1,3}(?:years?|months?)\b")
_FAR_REACH = 160  # characters before a count where a far verb may stand
# What a count counts, right after it: "others", "other nations", up to four words ("59
# Third Committee draft resolutions").
_STOP = (
    "(?:for|to|on|in|at|of|after|with|without|while|and|from|by|under|as|were|was|are|is"
    "|had|have|has|been|will|would|that|which|who|today|yesterday|this|last|during|since"
    "|million|billion|thousand|per|another|or)"
)
_COUNTED_AFTER = re.compile(
    rf"""\s{{1,3}}(?P<noun>others|more|other\s{{1,3}}[a-z][\w-]{{1,25}}
    |(?:(?!{_STOP}\b)[A-Za-z][\w'’-]{{0,25}}\s{{1,3}}){{0,3}}(?!{_STOP}\b)[A-Za-z][\w'’-]{{0,25}})
    """,
    re.VERBOSE,
)
# Words in -ed or -ing that are no verb acting on the count.
_NOT_ACTIONS = frozenset(
    """including excluding during according regarding concerning following totalling
    totaling numbering amounting representing bringing involving affecting reaching
    exceeding comprising containing covering estimated nothing something morning evening
    meeting building training funding hundred totalled totaled spending compared comparing
    increased decreased rising falling growing doubled tripled ranged ranging projected
    expected planned targeted budgeted beginning starting ending boosting bringing raising
    increasing composed comprising consisting""".split()  # noqa: SIM905
)
# Verbs that take in the whole the later verbs split: "received 1,200 complaints, resolved
# 950 and referred 150" names no one split (a decision of the readers of lists).
_WHOLE_VERBS = frozenset(
    """received considered reviewed examined registered processed handled assessed voted
    acted receiving considering reviewing examining registering processing handling voting
    acting took taken""".split()  # noqa: SIM905
)
# The things one committee acts on, counted under different nouns.
_CASE_NOUNS = frozenset(
    """applications organizations organisations entities requests complaints
    communications petitions cases groups ngos""".split()  # noqa: SIM905
)
# The texts a body acts on, counted as drafts, texts or by their kind: "adopts 59 draft
# resolutions, defers action on 4 closely watched texts".
_CASE_HEADS = frozenset(noun.rstrip("s") for noun in _CASE_NOUNS)
_TEXT_NOUNS = frozenset(("resolutions", "decisions", "drafts", "texts"))
_ANAPHORA = ("others", "more")
# Kinds of request one committee acts on besides applications for status: "the
# reclassification of", "quadrennial reports of", "a change of name".
_KIND_WORDS = re.compile(r"\b(?:reclassif\w*|reports?|names?)\b")
# Between one action and the next: an aside with no figure, then a joint.
_JOINT = re.compile(
    r"[^\d;:.()]{0,100}?(?:,\s{0,3}(?:and|while|whereas)?|\s(?:and|while|whereas))\s{1,3}"
    # "decided to recommend three NGOs ... and to defer the applications of 35": "to"
    r"(?:(?:it|they|had|has|have|also|then|to|the\s{1,3}Committee|the\s{1,3}Council)\s{1,3}){0,3}$"
    # a list of infinitives set apart by semicolons: "decided to grant status to 320
    # NGOs; to suspend ... of 154 NGOs; and to close ... of 60 NGOs"
    r"|\s{0,3};\s{1,3}(?:and\s{1,3})?to\s{1,3}$"
)
# An aside between one action and the next, set off by parentheses or a pair of dashes: an
# acronym ("(NGOs)"), names ("— including the group known as ..., Ltd., on which a
# recorded vote was held —") or the count's own subset ("— including four new applicants
# and 10 groups whose applications had been deferred —"); the joint is read without it.
_ASIDE = re.compile(
    r"\([^()]{0,120}\)|(?<!\S)(?:--|[—–]-?|-[—–])\s[^—–;:]{1,240}?\s(?:--|[—–]-?|-[—–])(?!\S)"
)
# Words that open a clause of its own between a verb and a count: the count is no object.
# ("by": "prepared by 14 consultants" counts the agents, not what was acted on.)
_CLAUSE_WORDS = frozenset(
    ("that", "which", "who", "whom", "whether", "if", "where", "when", "because", "by")
)
# The last word before a count that places the action: the count is no object.
_PLACE_WORDS = frozenset(
    ("in", "at", "across", "within", "from", "over", "during", "since", "until", "among")
)
_TOTAL_WORDS = frozenset(("total", "record", "cumulative"))
_OBJECT_PREPOSITIONS = frozenset(("for", "to", "of", "on"))
_OBJECT_GAP_ENDS = tuple([word] for word in _OBJECT_PREPOSITIONS)
# What a counted noun is for or of, where it names a kind of request: "one request for
# reclassification", "seven requests for a name change".
_COMPLEMENT = re.compile(
    r"\s{1,3}(?:for|of)\s{1,3}(?:(?:an?|the)\s{1,3})?(?P<words>[A-Za-z][\w-]{0,25}"
    r"(?:\s{1,3}[A-Za-z][\w-]{0,25})?)"
)
# A committee's recommendation as a clause, the count its subject: "recommended that five
# groups be granted special consultative status", "that 12 organizations be reclassified".
_GRANTED_AFTER = re.compile(
    r"(?:\s{1,3}[a-z][\w'’-]{0,25}){1,3}\s{1,3}be\s{1,3}"
    r"(?:granted|given|accorded|reclassified|admitted|accredited)\b"
)
_SHARE_AFTER = re.compile(r"\s{0,3}(?:per\s{0,3}cent|percent|%|[.,]\d)")
_SUM_AFTER = re.compile(r"\s{1,3}(?:million|billion|thousand|per)\b")
_SPAN_AFTER = re.compile(r"\s{1,3}(?:years?|months?|weeks?|days?)\b")
_MONTH_AFTER = re.compile(rf"\s{{1,3}}{MONTH_PATTERN}\b")
_ENDS_CLAUSE = re.compile(
    r"\s{0,3}(?:[,.;:)]|$)|\s{1,3}(?:for|to|as|after|until|on|in|at|by|from|with|without"
    r"|pending)\b"
)
# Between an opening participle's action and the main clause's: its subject, a name that
# may hold an acronym in parentheses, then "also" ("Recommending status for two groups
# today, the Committee on Non-Governmental Organizations (NGOs) also postponed ...").
_SUBJECT_JOINT = re.compile(
    r"[^\d;:.()]{0,60}?,\s{1,3}(?:the\s{1,3})?[A-Z][\w'’-]*(?:\s{1,3}[\w'’-]+|\s{1,3}\([A-Z]{2,8}s?\)){0,8}?"
    r"(?:\s{1,3}(?:also|today|then|further|had|has|thus))*\s{1,3}$"
)
# What may open a sentence before an opening participle.
_OPENERS = frozenset(("", "while", "after", "besides", "in addition to", "also"))
_BARE_AFTER = re.compile(r"\s{0,3}(?:[,;.]|$)|\s{1,3}(?:for|and|while|pending)\b")
_JOINT_WORDS = frozenset(("and", "or", "but", "while", "whereas"))
_REACH = 70  # characters before a count where its verb may stand
# How both verb patterns end: a lowercase word (the verb, a word of its gap or a
# quantifier), then one to three spaces and the end ("$", as theirs) before the count.
_WORD_BEFORE_COUNT = re.compile(r"[a-z'’-]\s{1,3}$")


class _Action:
    """One verb, its count and what it counts."""

    __slots__ = (
        *("bare", "count", "elided", "end", "fresh", "kinds", "label", "noun", "qualifier"),
        *("start", "verb_start", "word"),
    )

    def __init__(self, verb: re.Match[str], number: Number, noun: re.Match[str] | None) -> None:
        word = " ".join(verb["verb"].lower().split())  # "left  pending" -> "left pending"
        self.word = word
        self.label = _participle(word)
        gap = verb["gap"].split()
        if word in ("took", "taking") and gap[:1] == ["note"]:
            # "taking note of 525 reports": an action on its count, not one that takes in
            # the whole as "took action on 18 texts" does
            self.label = "took note"
        elif word in _DECIDING and (inner := _inner_act(gap)):
            # "recommended reinstating consultative status for 56 organizations",
            # "decided to grant consultative status to 320 NGOs": the act decided on
            self.label = inner
        self.verb_start = verb.start("verb")
        self.start, self.end = number.start, noun.end() if noun else number.end
        self.count = read_count(number.raw)[0]
        self.qualifier = qualifier_of(verb.string, number.start, number.end)
        # "that one organization be reclassified": the subject's noun, not its verb
        written = _head_phrase(noun["noun"].split(" be ")[0]) if noun else None
        # "another six draft resolutions", "three others": more of the things named before
        quantifier = verb["quantifier"] or ""
        self.fresh = "another" in quantifier or "further" in quantifier
        if written is not None and written in _ANAPHORA:
            self.fresh, written = True, None
        elif written is not None and written.startswith("other "):
            # "other organizations" counts more of the things named before only where they
            # are the same things: "obtained 150 votes, and Nepal ... joined 12 other
            # States" counts States, not votes
            written = written.removeprefix("other ").strip()
        self.noun = written
        # "declared 4 communications inadmissible": the state the verb puts its object in
        # completes the act ("declared inadmissible"), one of a closed class of adjectives
        # of a case's standing; the object's noun may have taken it in
        if noun is not None:
            last = noun["noun"].split()[-1].lower()
            placed = _OBJECT_STATE.match(verb.string, noun.end())
            state = placed["state"].lower() if placed else None
            if state is None and last in _OBJECT_STATES and noun["noun"].split()[0] != last:
                state = last
            if state is not None and self.label == _participle(word):
                self.label = f"{self.label} {state}"
        # the kind of request acted on: "the reclassification of one organization" is no
        # application for status as "consideration of five groups" is
        said = f"{verb['gap']} {noun['noun'] if noun else ''}".lower()
        if noun and (complement := _COMPLEMENT.match(verb.string, noun.end())):
            # "one request for reclassification of consultative status", "seven requests
            # for a name change": the kind named after the noun
            said = f"{said} {complement['words'].lower()}"
        self.kinds = frozenset(match[:6] for match in _KIND_WORDS.findall(said))
        if "those" in gap or (self.fresh and not self.kinds):
            self.kinds = None  # "deferred action on those of five others": the same kind
        # a count whose noun is left out ends its clause: "and had discontinued two."
        self.elided = _ENDS_CLAUSE.match(verb.string, number.end) is not None
        # ... and goes on with no place or time: "recommended 159 for consultative status,"
        self.bare = _BARE_AFTER.match(verb.string, number.end) is not None


# The states a committee's verb of finding puts the cases it counts in, after their noun:
# "declared 4 communications inadmissible", "found two complaints unfounded", "considered
# three requests closed". With them the act is the verb and the state.
_OBJECT_STATES = frozenset(
    """
    admissible inadmissible unfounded ill-founded well-founded founded unsubstantiated
    substantiated receivable irreceivable eligible ineligible invalid valid moot closed
    incomplete complete abandoned withdrawn resolved
    """.split()  # noqa: SIM905
)
_OBJECT_STATE = re.compile(
    r"\s{1,3}(?:(?:manifestly|partially|partly|wholly|fully)\s{1,3})?"
    r"(?P<state>" + "|".join(sorted(_OBJECT_STATES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)

# Verbs that decide on another act, named after them in -ing or the infinitive.
_DECIDING = frozenset(
    ("recommended", "recommending", "recommend", "decided", "deciding", "agreed", "agreeing")
)
_BASE_VERB = re.compile(rf"(?:{_BASE_VERBS})\Z")


def _inner_act(gap: list[str]) -> str | None:
    """The act a verb of deciding names first in ``gap``: "reinstating" -> "reinstated".

    A decision against the act is named whole: "decided against recommending" and
    "decided not to recommend" are no recommendation.

    >>> _inner_act(["to", "grant", "status", "to"]), _inner_act(["against", "recommending"])
    ('grant', 'decided against recommending')
    """
    if gap[:1] == ["against"] and len(gap) > 1 and gap[1].endswith("ing"):
        return f"decided against {gap[1]}"
    if gap[:2] == ["not", "to"] and len(gap) > 2 and _BASE_VERB.match(gap[2]):
        return f"decided not to {gap[2]}"
    if gap[:1] == ["to"] and len(gap) > 1 and _BASE_VERB.match(gap[1]):
        return gap[1]
    if gap and gap[0].endswith("ing") and len(gap[0]) > 5 and gap[0] not in _NOT_ACTIONS:
        return _participle(gap[0])
    return None


def _head_phrase(noun: str) -> str:
    """The counted noun up to its first plural: "applications pending replies" -> "applications"."""
    words = noun.split()
    plural = next(
        (at for at, word in enumerate(words) if len(word) > 3 and word.endswith("s")), None
    )
    return " ".join(words if plural is None else words[: plural + 1])


def _participle(verb: str) -> str:
    """The label of an action: "deferring" -> "deferred"; other forms as written."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("ing"):
        return verb[:-3] + "ed"  # "closing" -> "closed", "deferring" -> "deferred"
    return verb


def find_acted_counts(
    text: str, numbers: list[Number], taken: list[tuple[int, int]]
) -> list[Tally]:
    """Find the counts of the same things that different verbs act on in one sentence.

    Parameters
    ----------
    text
        One paragraph.
    numbers
        Its numbers; each part's count is one of them.
    taken
        Spans other readers already read: a run that overlaps one is not read.

    Returns
    -------
    list of Tally
        Breakdowns in text order, offsets relative to ``text``.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = ("The Committee recommended 23 organizations for consultative status, "
    ...     "while deferring action on 44 organizations.")
    >>> [(p.category, p.count) for p in find_acted_counts(text, find_numbers(text), [])[0].parts]
    [('recommended', 23), ('deferred', 44)]
    >>> text = ("Recommending special consultative status with the Economic and Social "
    ...     "Council for two groups, the Committee also postponed consideration of 62 other "
    ...     "applications.")
    >>> [(p.category, p.count) for p in find_acted_counts(text, find_numbers(text), [])[0].parts]
    [('recommended', 2), ('postponed', 62)]
    >>> text = "The Committee held 20 meetings and adopted 5 resolutions."
    >>> find_acted_counts(text, find_numbers(text), [])
    []
    """
    actions = [action for number in numbers if (action := _action_at(text, number))]
    if len(actions) < 2:
        return []
    sentences = sentence_starts(text)
    tallies: list[Tally] = []
    run: list[_Action] = []
    for action in [*actions, None]:
        if action is not None and run and _follows(text, sentences, run, action):
            run.append(action)
            continue
        tallies.extend(tally for part in _by_things(run) if (tally := _read_run(part, taken)))
        run = [action] if action is not None else []
    return tallies


def _by_things(run: list[_Action]) -> list[list[_Action]]:
    """``run`` cut where the actions turn to other things, where each piece is a split.

    "recommended 3 entities ... and deferred action on 12 others, also taking note of 525
    reports and postponing consideration of another 15 reports" is two splits; "accepted 30
    applications and rejected 15, leaving 7 staff without work" stays one run (which no
    split reads), as its last action alone is no split.
    """
    pieces: list[list[_Action]] = []
    for action in run:
        if pieces and _same_things(pieces[-1][0], action):
            pieces[-1].append(action)
        else:
            pieces.append([action])
    # "postponed taking action on 6 entities' request ..., and took note of more than 600
    # new quadrennial reports, postponing consideration of another 14 reports": a lone
    # action on another kind of request beside a split is no part of it, and no consequence
    kept = [
        piece
        for at, piece in enumerate(pieces)
        if len(piece) > 1 or not _beside_other_kind(piece[0], pieces[max(0, at - 1) : at + 2])
    ]
    return kept if kept and all(len(piece) > 1 for piece in kept) else [run]


def _beside_other_kind(action: _Action, near: list[list[_Action]]) -> bool:
    """Whether a split of two actions or more in ``near`` acts on a kind ``action`` does not."""
    return action.kinds is not None and any(
        len(piece) > 1 and piece[0].kinds is not None and piece[0].kinds != action.kinds
        for piece in near
    )


def _action_at(text: str, number: Number) -> _Action | None:
    """The action whose count is ``number``, or None."""
    if number.form == "none" or YEAR_FIGURE.fullmatch(number.raw):
        return None
    if _SHARE_AFTER.match(text[number.end : number.end + 12]):
        return None  # a share or a decimal
    # what follows the count alone, before the costlier search for its verb
    if _SUM_AFTER.match(text[number.end : number.end + 12]):
        return None  # a sum or a share: "totalled 812 million"
    if _MONTH_AFTER.match(text, number.end):
        return None  # a date: "delivered its judgment on 22 July"
    if _SPAN_AFTER.match(text, number.end):
        return None  # a span: "to suspend for one year the consultative status of ..."
    verb = _verb_before(text, number.start)
    if verb is None or verb["verb"].lower() in _NOT_ACTIONS:
        return None
    if verb["verb"][0].isupper() and not _opens_sentence(text, verb.start("verb")):
        return None  # a name ("Beijing"), not a participle opening its sentence
    gap = verb["gap"].split()
    if gap == ["that"] and _GRANTED_AFTER.match(text, number.end):
        gap = []  # "recommended that five groups be granted status": the groups are acted on
    if gap[:1] == ["that"] and len(gap) > 2 and gap[-1] in _OBJECT_PREPOSITIONS:
        gap = gap[1:]  # "withdrawing that status for 142 organizations": a determiner
    if (verb["verb"] == "close" and gap == ["to"]) or _CLAUSE_WORDS.intersection(gap):
        return None  # "close to 300"; "found that three cases were ...": no object
    if (verb["quantifier"] or "").strip() == "over" and gap[-1:] not in _OBJECT_GAP_ENDS:
        return None  # "spread over 12 countries": a place; "took note of over 20" a count
    withdrawn_from = gap[-1:] == ["from"] and verb["verb"].startswith("withdr")
    if gap and ((gap[-1] in _PLACE_WORDS and not withdrawn_from) or _TOTAL_WORDS.intersection(gap)):
        return None  # "analysed data in 38 countries"; "boosting it to a record 112"
    noun = _COUNTED_AFTER.match(text, number.end)
    if noun is None and number.raw.lower() == "one":
        return None  # the pronoun: "adopting one"
    action = _Action(verb, number, noun)
    return action if action.count is not None else None


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens its sentence (after "While" too)."""
    before = text[max(0, at - 12) : at].rstrip()
    before = before.removesuffix("While").rstrip()
    return not before or before.endswith((".", "!", "?", ":", "--", "—"))


def _verb_before(text: str, start: int) -> re.Match[str] | None:
    """The nearest verb before the count at ``start`` whose words reach it, or None.

    The pattern finds the leftmost verb first: one whose words hold a joint or another
    count ("rejected one text and sent another six") is the verb of an earlier action,
    and the search goes on after it.
    """
    if _WORD_BEFORE_COUNT.search(text, max(0, start - 5), start) is None:
        return None
    begin = max(0, start - _REACH)
    while (verb := _VERB_BEFORE.search(text, begin, start)) is not None:
        gap = verb["gap"].lower().split()
        # a word in -ing that is no verb ("this morning recommended that five groups ...")
        # leaves the verb after it to be found
        if verb["verb"] not in _NOT_ACTIONS and not any(
            word in _JOINT_WORDS or word in CARDINAL_WORDS for word in gap
        ):
            return verb
        begin = verb.start("verb") + 1
    if text[max(0, start - 4) : start].rstrip().endswith(("for", "to", "of", "on")):
        return _verb_far_before(text, start)
    return None


def _verb_far_before(text: str, start: int) -> re.Match[str] | None:
    """The verb whose object and names stand before a count after "for", "to", "of" or "on".

    "recommended consultative status with the Economic and Social Council (ECOSOC) for
    seven organizations"; None where its words hold a joint, a count or a clause of their
    own outside names and parentheses.
    """
    # the words that may be verbs first (a simple pattern), the whole pattern at each
    for candidate in _FAR_VERB_WORD.finditer(text, max(0, start - _FAR_REACH), start):
        verb = _VERB_FAR_BEFORE.match(text, candidate.start(), start)
        if verb is None:
            continue
        words = _NAMES.sub(" ", _SPAN.sub(" ", verb["gap"])).lower().split()
        if verb["verb"] not in _NOT_ACTIONS and not any(
            word in _JOINT_WORDS
            or word in CARDINAL_WORDS
            or word in _CLAUSE_WORDS
            or (word.endswith("ed") and len(word) > 4)
            for word in words
        ):
            return verb
    return None


def _follows(text: str, sentences: list[int], run: list[_Action], action: _Action) -> bool:
    """Whether ``action`` goes on the run: same sentence, a joint between, another verb."""
    last = run[-1]
    if any(last.start < start <= action.verb_start for start in sentences):
        return False
    if action.verb_start < last.end:
        return False
    joint = _ASIDE.sub(" ", text[last.end : action.verb_start])
    if _JOINT.match(joint) is not None and not _holds_cardinal(joint):
        return True
    # "Recommending status for two groups today, the Committee also postponed ...": an
    # opening participle's action, then the main clause's
    first = run[0]
    opening = max((start for start in sentences if start <= first.verb_start), default=0)
    return (
        len(run) == 1
        and first.word.endswith("ing")
        and text[opening : first.verb_start].strip().lower() in _OPENERS
        and not action.word.endswith("ing")
        and _SUBJECT_JOINT.match(text, last.end, action.verb_start) is not None
    )


def _holds_cardinal(words: str) -> bool:
    """Whether ``words`` hold a number in words: a count of an action no verb was found for.

    "decided not to recommend status to two organizations, adding that it had taken note
    of five requests ... and deferred one request": the deferral is no part beside the two.

    >>> _holds_cardinal(" for consultative status and "), _holds_cardinal(" taken note of five ")
    (False, True)
    """
    return any(word in CARDINAL_WORDS for word in words.lower().split())


def _same_things(first: _Action, later: _Action) -> bool:
    """Whether ``later`` counts what ``first`` counts."""
    if None not in (first.kinds, later.kinds) and first.kinds != later.kinds:
        return False  # "deferred consideration of five groups, while recommending the
        # reclassification of one accredited organization": other requests
    if later.fresh:  # "another six draft resolutions", "a further 3,215", "44 others"
        return True
    if later.noun is None:  # "... and had discontinued two."
        # "recommended 159 for consultative status, deferred 180 for further
        # consideration": both counts leave out the things they count
        return later.elided and (first.noun is not None or (first.bare and later.bare))
    if first.noun is None:
        return False
    head, other = first.noun.split()[-1].lower(), later.noun.split()[-1].lower()
    return (
        head.rstrip("s") == other.rstrip("s")
        or {head.rstrip("s"), other.rstrip("s")} <= _CASE_HEADS
        or {head, other} <= _TEXT_NOUNS
    )


def _read_run(run: list[_Action], taken: list[tuple[int, int]]) -> Tally | None:
    """The breakdown of one run of actions, or None."""
    if len(run) < 2 or any(action.label in _WHOLE_VERBS for action in run):
        return None
    if len({action.label for action in run}) < len(run):
        return None  # one verb twice: a list of its own ("adopted 12 ... and 4 ...")
    if not all(_same_things(run[0], later) for later in run[1:]):
        return None
    start, end = run[0].verb_start, run[-1].end
    # a reading inside the run, between the first count and the last verb, is of an aside
    # ("14 organizations — including four new applicants and 10 groups ... — while also
    # postponing ..."): it nests in the run and stands beside it
    outside = [
        (begin, stop)
        for begin, stop in taken
        if not (run[0].start <= begin and stop <= run[-1].verb_start)
    ]
    if overlaps_any(run[0].start, end, outside):
        return None
    noun = run[0].noun
    parts = [
        Part(
            action.label,
            action.count,
            action.verb_start,
            action.end,
            counted=action.noun or noun,
            counted_inherited=action.noun is None and noun is not None,
            qualifier=action.qualifier,
        )
        for action in run
    ]
    return Tally("breakdown", start, end, parts, subject=noun)
