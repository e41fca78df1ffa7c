"""Holdings by name: the seats, ministries or votes that parties, groups or candidates got.

Election results and power-sharing deals are reported clause by clause, each clause a
name, a verb of its own and a count, the noun counted written once: "In the senate, the
APC controls 57 seats while the PDP now has 28 and LP has six", "The former Government
retained 20 ministries; the SPLM/A-IO received 9; SSOA received 3", "Kiir's side will
retain 20 ministries, while Machar's group will have nine ministries", "While the
Indonesian candidate received 144 votes, Maldives received 46 votes". The verbs vary
without end ("controls", "has", "will be given", "topped the poll in the first round
with", "came second with"), so the reader does not list them: it reads the structure.

A clause is a SUBJECT (a name: a word in capitals or an acronym, a possessive, or a group
noun such as "party", "independents", "side"; between commas after another noun, as an
apposition: "another party, the Shan Democratic Union, won 15 seats"), then a VERB PHRASE
(a few lower-case words, or more of them ending on "with"; elided after the first
clause), then a COUNT and the noun counted (written after the first count, the same noun
or none after the later ones). Clauses are joined by a comma, a semicolon, "and",
"while", "whereas", "but" or "followed by" (whose clause may be a name and "with" alone:
"The PTI is on top with 16,857,035 votes, followed by the PML-N with 12,894,225"), a
short phrase of place or time ("in the Senate") between.
Every figure of the sentence must be one of the clauses' counts (a year aside), the
first clause may name the whole ("162 of the 325 seats": total 325), and two clauses at
least make a tally: one kind "breakdown" for seats, ministries and ministerial posts,
one kind "vote" for votes, one part per subject (the subject as written, without its
article), ``counted`` the noun.

None: one clause alone ("The party won 69 seats"); a change ("gained 12 seats", "lost
4"), a need ("needs 180 seats"), a rule, or a projection ("would win 88 seats", "is
projected to take 41"); counts shared ("won four seats each", "... 35
and 17 seats respectively": other readers'); another figure in the sentence ("won 40
seats in 1997 and 35 seats in 2001"; "70 per cent of the votes and 12 seats"); votes on
a text ("in favour", "against") or subjects that are texts ("the draft resolution");
subjects that are pronouns ("He won 28 votes and she 25").

:func:`find_holdings` pays one substring test per paragraph with no noun of the class,
and looks at each sentence once, clause by clause: linear time.
"""

from __future__ import annotations

import bisect
import re

from surveystats.extract.tally_items import Number
from surveystats.extract.tally_parts import Part, Tally, holds_any, read_count
from surveystats.text import sentence_starts

__all__ = ["find_holdings"]

# The nouns held, by the kind of tally they make. A modifier of the seat or post may
# stand before it ("constituency seats" is another noun and stays out).
_NOUN = re.compile(
    r"""\s{1,3}(?:(?:parliamentary|legislative|Senate|senate|Assembly|assembly)\s{1,3})?
    (?P<noun>seats?|ministries|ministry|portfolios?
      |(?:ministerial|cabinet|Cabinet)\s{1,3}(?:posts?|positions?|appointments?|portfolios?)
      |votes?)\b""",
    re.VERBOSE,
)
# What the paragraph must hold for a noun of the class to be in it (a cheap test).
_NOUN_WORDS = ("seat", "minist", "portfolio", "abinet", "vote")
# "162 of the 325 seats": the first clause's whole.
_OF_WHOLE = re.compile(
    r"\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:total\s{1,3}(?:of\s{1,3})?)?(?P<whole>\d[\d,]*)\b"
)
# What may follow a clause's count and noun before the joint: a phrase of place or time
# ("in the Senate", "in the House of Representatives", "in the first round"), a relative
# clause on the noun ("seats that have been declared") or a participle ("seats declared").
_AFTER = re.compile(
    r"(?:\s{1,3}[a-z]{2,20}ed)?"  # a participle: "seats declared"
    r"(?:\s{1,3}(?:in|on|at|for|from|to|during|that|which)\s[^,;\d]{1,80}?)?"  # "in the Senate"
    r"(?=\s{0,3}(?:[,;.]|\s(?:and|while|whereas|but|followed)\s|$))"  # the joint
)
# The joint between clauses.
_JOINT = re.compile(
    r"\s{0,3}(?:[,;]\s{0,3})?(?:(?:and|while|whereas|but)\s{1,3}|followed\s{1,3}by\s{1,3})?"
)
_WORD = re.compile(r"[A-Za-z][\w'’.-]*(?:\s{1,3}\([^()]{1,60}\))?")

# Words that end a subject read backwards: a clause's opening.
_OPENERS = frozenset(
    [
        "and",
        "while",
        "whereas",
        "but",
        "that",
        "which",
        "who",
        "where",
        "when",
        "as",
        "after",
        "since",
        "although",
        "though",
        "if",
        "said",
        "says",
        "reported",
        "announced",
        "showed",
    ]
)
# Capitalized words that name nobody.
_NO_NAMES = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "Their",
        "His",
        "Her",
        "Our",
        "A",
        "An",
        "In",
        "Of",
        "On",
        "At",
        "For",
        "While",
        "Whereas",
        "But",
        "And",
        "Meanwhile",
        "According",
        "By",
        "With",
    ]
)
# A subject named by what it is, in lower case ("other political parties", "the ruling
# party", "independents").
_GROUP_NOUNS = frozenset(
    [
        "party",
        "parties",
        "independents",
        "independent",
        "opposition",
        "coalition",
        "alliance",
        "bloc",
        "group",
        "groups",
        "side",
        "government",
        "candidate",
        "candidates",
        "loyalists",
        "movement",
        "front",
    ]
)
# Subjects that are texts: their votes are a vote on a text, not an election.
_TEXT_NOUNS = frozenset(
    [
        "resolution",
        "resolutions",
        "draft",
        "drafts",
        "text",
        "texts",
        "amendment",
        "amendments",
        "motion",
        "motions",
        "proposal",
        "proposals",
        "decision",
        "decisions",
        "report",
        "paragraph",
        "article",
        "option",
        "options",
    ]
)
# Verbs that tell of a change, a need, a rule or a projection, not of what was got or is
# held.
_NOT_HOLDING = frozenset(
    [
        "gained",
        "gains",
        "gain",
        "gaining",
        "lost",
        "lose",
        "loses",
        "losing",
        "added",
        "adds",
        "dropped",
        "shed",
        "needs",
        "need",
        "needed",
        "require",
        "requires",
        "required",
        "requiring",
        "seeks",
        "seeking",
        "sought",
        "contested",
        "contesting",
        "fielded",
        "vacated",
        "vacating",
        "reserved",
        "lacks",
        "lacked",
        "short",
        "more",
        "fewer",
        "than",
        "less",
        # a projection or a poll of intentions, not a result: "would win 88 seats", "is
        # projected to take 41"
        "would",
        "could",
        "might",
        "projected",
        "forecast",
        "predicted",
    ]
)
# What a person named after it is ("the Botswana foreign minister Pelonomi Venson Moitoi").
_TITLES = frozenset(
    [
        "minister",
        "president",
        "candidate",
        "ambassador",
        "envoy",
        "diplomat",
        "leader",
        "chairperson",
        "chair",
        "chairman",
        "chairwoman",
        "judge",
        "professor",
        "economist",
        "secretary",
        "commissioner",
        "governor",
        "senator",
        "deputy",
        "incumbent",
        "nominee",
        "challenger",
        "rival",
    ]
)
# Verbs of votes a member holds or casts, or may get: no result of a ballot.
_HAVING_VOTES = frozenset(
    [
        "had",
        "has",
        "have",
        "having",
        "holds",
        "held",
        "hold",
        "controls",
        "controlled",
        "cast",
        "casts",
        "casting",
        "would",
        "could",
        "may",
        "might",
        "should",
        "will",
        "shall",
        "can",
        "expects",
        "expected",
        "hopes",
        "hoped",
    ]
)
_IRREGULAR_PASTS = frozenset(["won", "got", "took", "drew", "came", "gave", "led", "beat"])
# After the count: shares of one count, or a vote on a text.
_SHARED_OR_SIDE = re.compile(
    r"\s{0,3},?\s{0,3}(?:each|respectively|apiece|in\s+favou?r|against|to\s+\d)\b"
)


_ORDINAL = re.compile(
    r"first|second|third|[a-z-]*(?:fifth|ninth|twelfth|[a-z]th)|\d+(?:st|nd|rd|th)"
)
# A round or ballot named by its rank ("in the first round", "on the second ballot").
_ROUND = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|opening|final|last"
    r"|\d{1,2}(?:st|nd|rd|th))\s{1,3}(?:round|ballot)",
    re.IGNORECASE,
)


def _noun_class(noun: str) -> str:
    """What a noun counts: "seat", "vote" or "ministry" (a ministry or a minister's post).

    >>> _noun_class("seats"), _noun_class("ministerial posts"), _noun_class("ministry")
    ('seat', 'ministry', 'ministry')
    """
    return "seat" if noun.startswith("seat") else "vote" if noun.startswith("vote") else "ministry"


def _is_year(number: Number) -> bool:
    """Whether a number is a year or a rank ("2015", "first", "second"): no count."""
    raw = number.raw
    if number.form == "digits":
        return len(raw) == 4 and raw[:2] in ("19", "20")
    return _ORDINAL.fullmatch(raw.lower()) is not None


def _subject_before(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """The subject whose words end at ``at``, read back to its clause's opening."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, lo, at)]
    if words and text[words[-1][1] : at].strip(' )”’"'):
        return None  # punctuation between the subject and its verb (a closing one aside)
    begin = at
    for index in range(len(words) - 1, -1, -1):
        start, end = words[index]
        word = text[start:end]
        between = text[end : words[index + 1][0]] if index + 1 < len(words) else text[end:at]
        if "," in between or ";" in between:
            break
        if word in _OPENERS or word.lower() in ("while", "whereas", "but", "that"):
            if word == "and" and index > 0 and index + 1 < len(words):
                before = text[words[index - 1][0]]
                after = text[words[index + 1][0]]
                if before.isupper() and after.isupper():
                    begin = start  # "Bosnia and Herzegovina": a name's "and"
                    continue
            break
        if len(words) - index > 12:
            return None
        begin = start
    if begin == at:
        return None
    # an article or a clause's opener in capitals opens no name
    while True:
        first = _WORD.match(text, begin)
        if first is None or first.group() not in ("The", "the", "While", "Whereas", "But", "And"):
            break
        begin = first.end()
        while begin < at and text[begin].isspace():
            begin += 1
    if begin >= at:
        return None
    return begin, at


def _names(text: str, span: tuple[int, int]) -> bool:
    """Whether the subject names a party, group or candidate."""
    words = [m.group() for m in _WORD.finditer(text, *span)]
    if not words or any(word.lower() in _TEXT_NOUNS for word in words):
        return False
    if words[-1].lower().rstrip("s") in ("he", "she", "it", "they", "we", "who", "which"):
        return False
    named = any(
        (word[0].isupper() and word not in _NO_NAMES) or word.endswith(("'s", "’s"))
        for word in words
    )
    return named or words[-1].lower() in _GROUP_NOUNS


def _name_of(subject: str) -> str:
    """The person's name where a title before it says what the person is.

    >>> _name_of("Botswana foreign minister Pelonomi Venson Moitoi")
    'Pelonomi Venson Moitoi'
    >>> _name_of("Sudan People's Liberation Movement (SPLM) led by Machar")
    "Sudan People's Liberation Movement (SPLM) led by Machar"
    """
    words = subject.split()
    name = len(words)
    while name > 0 and words[name - 1][0].isupper():
        name -= 1
    if 0 < name <= len(words) - 2 and words[name - 1].lower() in _TITLES:
        return " ".join(words[name:])
    return subject


def _received(verb: list[str]) -> bool:
    """Whether a verb phrase before votes tells what a candidate got in a ballot held.

    Votes a member has ("Japan had 12 votes on the Board"), casts, or may get ("hoped
    that Mongolia obtain 101 votes", "would receive") are no results: the phrase needs a
    verb in the past and no verb of having or casting.

    >>> _received(["picked", "up"]), _received(["is", "on", "top", "with"]), _received(["had"])
    (True, True, False)
    """
    if any(word in _HAVING_VOTES for word in verb):
        return False
    if verb[-1] == "with":
        return True  # "led the field with", "is on top with", "followed by Peru with"
    return any(word.endswith("ed") or word in _IRREGULAR_PASTS for word in verb)


def _verb_phrase(
    text: str, lo: int, at: int, *, first: bool, votes: bool = False
) -> tuple[int, int] | None:
    """Split ``text[lo:at]`` (between a clause's opening and its count) into subject, verb.

    Returns the subject's span; the verb phrase is what follows it.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, lo, at)]
    # the verb phrase: lower-case words before the count (up to five, or up to ten
    # ending on "with")
    verb_from = at
    limit = 10 if text[lo:at].rstrip().endswith(" with") else 5
    for taken, (start, end) in enumerate(reversed(words), start=1):
        word = text[start:end]
        if not word[0].islower() or word.endswith(("'s", "’s")) or word in _GROUP_NOUNS:
            break
        if text[end:verb_from].strip(" "):
            break  # a comma inside: the subject's apposition closes there
        if taken > limit:
            return None
        verb_from = start
    if verb_from < at and words and text[lo:verb_from].rstrip().endswith(("'s", "’s")):
        # "the President's camp holds": the noun after a possessive is the subject's
        head = _WORD.match(text, verb_from)
        if head is not None and (rest := text[head.end() : at]).strip():
            verb_from = head.end() + len(rest) - len(rest.lstrip())
    verb = text[verb_from:at].split()
    if any(word in _NOT_HOLDING for word in verb):
        return None
    if votes and verb and not _received(verb):
        return None
    if first and not verb:
        return None
    subject_end = verb_from
    while subject_end > lo and text[subject_end - 1].isspace():
        subject_end -= 1
    if subject_end > lo and text[subject_end - 1] == ",":
        # "another party, the Shan Democratic Union, won 15 seats": the apposition
        comma = text.rfind(",", lo, subject_end - 1)
        if comma < 0:
            return None
        span = _subject_before(text, comma + 1, subject_end - 1)
    else:
        span = _subject_before(text, lo, subject_end)
    if span is None or not _names(text, span):
        return None
    if not verb and not text[span[0]].isupper():
        return None  # "and economist Tomas Reyes 15": with no verb, a name opens its clause
    return span


def _start(number: Number) -> int:
    return number.start


def _read_sentence(text: str, lo: int, hi: int, numbers: list[Number]) -> Tally | None:
    if len({match.group(1).lower() for match in _ROUND.finditer(text, lo, hi)}) > 1:
        return None  # two rounds set against each other: one tally per round
    sentence = numbers[
        bisect.bisect_left(numbers, lo, key=_start) : bisect.bisect_left(numbers, hi, key=_start)
    ]  # the sentence's numbers (in text order)
    years = {n.raw for n in sentence if n.form == "digits" and _is_year(n)}
    if len(years) > 1:
        return None  # "won 40 seats in 2015 and ... 35 in 2020": two elections
    counts = [n for n in sentence if not _is_year(n)]
    if len(counts) < 2:
        return None
    first = counts[0]
    whole = _OF_WHOLE.match(text, first.end)
    after_first = whole.end() if whole else first.end
    noun = _NOUN.match(text, after_first)
    if noun is None:
        return None
    kind = "vote" if noun["noun"].startswith("vote") else "breakdown"
    total = None
    chain = [first]
    if whole is not None:
        if len(counts) < 3 or counts[1].start != whole.start("whole"):
            return None
        total = read_count(whole["whole"])[0]
        counts = [first, *counts[2:]]
    clause_lo = lo
    parts: list[Part] = []
    end = noun.end()
    for index, count in enumerate(counts):
        if index:
            # the last clause's place or time, then the joint
            rest = _AFTER.match(text, end)
            joint = _JOINT.match(text, rest.end() if rest else end)
            if joint is None or not joint.group().strip():
                return None
            clause_lo = joint.end()
        subject = _verb_phrase(text, clause_lo, count.start, first=index == 0, votes=kind == "vote")
        if subject is None:
            if index == 0:
                return None
            break
        value = read_count(count.raw)[0]
        if value is None:
            return None
        end = count.end if index else noun.end()
        if index:
            later = _NOUN.match(text, count.end)
            if later is not None:
                if _noun_class(later["noun"]) != _noun_class(noun["noun"]):
                    return None
                end = later.end()
            elif re.match(r"\s{1,3}[a-z]", text[count.end : count.end + 4]) and not re.match(
                r"\s{1,3}(?:in|on|at|for|from|to|during|and|while|whereas|but)\b", text[count.end :]
            ):
                return None  # "102 members": another noun
        if _SHARED_OR_SIDE.match(text, end):
            return None
        label = _name_of(" ".join(text[subject[0] : subject[1]].split()))
        parts.append(Part(label, value, subject[0], end, counted=noun["noun"]))
        if index:
            chain.append(count)
    if len(parts) < 2 or len(chain) != len(counts):
        return None
    if total is not None and sum(p.count or 0 for p in parts) > total:
        return None
    return Tally(kind, parts[0].start, parts[-1].end, parts, total=total)


def find_holdings(text: str, numbers: list[Number], taken: list[tuple[int, int]]) -> list[Tally]:
    """Seats, ministries or votes by name, one clause each, the verbs free.

    Parameters
    ----------
    text
        One paragraph.
    numbers
        Its numbers (:func:`~surveystats.extract.tally_items.find_numbers`).
    taken
        Spans other readers already read: a sentence that overlaps one is left alone.

    Returns
    -------
    list of Tally
        One tally per sentence read, kind "breakdown" (seats, ministries, ministerial
        posts) or "vote" (votes), in text order.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = "The Alliance controls 57 seats while the Front now has 28 and the Union has six."
    >>> [(p.category, p.count) for p in find_holdings(text, find_numbers(text), [])[0].parts]
    [('Alliance', 57), ('Front', 28), ('Union', 6)]
    >>> text = "The Alliance gained 12 seats while the Front lost 8."
    >>> find_holdings(text, find_numbers(text), [])
    []
    """
    if not holds_any(text, _NOUN_WORDS):
        return []
    starts = sentence_starts(text)
    found: list[Tally] = []
    for index, lo in enumerate(starts):
        hi = starts[index + 1] if index + 1 < len(starts) else len(text)
        if any(s < hi and lo < e for s, e in taken):
            continue
        sentence = text[lo:hi]
        if not holds_any(sentence, _NOUN_WORDS):
            continue
        tally = _read_sentence(text, lo, hi, numbers)
        if tally is not None:
            found.append(tally)
    return found
