"""Labels with their shares in parentheses: "conflict (64%), drought (17%) and floods (9%)".

UN survey and programme reports list the answers or the categories of one group, each
followed by its share alone in parentheses. This module reads that one form as a grammar:

- ITEM: a label, then its share alone in parentheses (":data:`_SHARE`": "(36 percent)",
  "(21.7%)", "(about 12 per cent)");
- JOINT: what stands between one item's closing parenthesis and the next label: a comma,
  a semicolon, "and", "or", "followed by", with the preposition that opened the first
  label repeated ("... in Medicine (26%), ... in Agriculture (16%) and in Safety ..."). The
  later labels are all the words between a joint and the next parenthesis, so a label may
  hold commas and a relative clause ("offensive remarks about their appearance, body or
  sexual activities (14.2%)", "gestures ..., which embarrassed them (10.9%)"); no later
  label holds a verb of its own outside such a clause, a figure, or a clause joint
  ("while", "but", "compared"): those are clauses, not names;
- HEAD: what opens the first label, read back from its parenthesis: a colon, "including",
  "include", "such as", "namely", a form of "be", a verb (then a preposition and an
  article are dropped: "came from Turkey (39%)" -> "Turkey"). Where a later label opens
  with a word of the first one's words, the first label opens there too ("given for
  training in Application of ... in Medicine (26%), Application of ... in Agriculture
  (16%)"), as parallel items share their shape. A worded share restated in parentheses
  ("Lesvos received the majority (45%) of all new arrivals, ..., followed by Samos (25%)")
  names no category: its label is the clause's subject.

A list is a tally only where its sentence says its items split one whole (a word of
share, majority, kind or inclusion before the list: :data:`_SPLIT_CUE`), names no rate
or level ("Inflation was highest in Zambia (14 per cent), followed by Ghana (11 per
cent)", "participation rate: Punjab (35.3pc) and Sindh (32.6pc)") and no change, and the
shares add up to at most 100 -- or more, where the list names kinds one person may have
several of ("various services including psychosocial support (36 percent), health (28
percent), and livelihood (45 percent)", "Top 3 sources ... included: family support
(49%), savings (40%), and income (32%)": :data:`_KINDS`), as each respondent may give more
than one answer. A ranking after "followed by" falls, as the README's rankings do.

:func:`find_share_lists` reads the lists in the sentences no other reader read, and gives
its labels to a reading of the same shares that another reader labelled otherwise, where
that reading cut a label at its comma or took an aside for one ("during the first nine
months of 2019, followed by the Dodecanese islands (25%)"). Each step is a scan of one
sentence from a parenthesised share: linear time.
"""

from __future__ import annotations

import bisect
import itertools
import re
from fractions import Fraction

from surveystats.extract.phrases import QUALIFIERS_BEFORE
from surveystats.extract.tally_items import ASKED_WORDS, RATE_WORDS, VERBS, is_clause_verb
from surveystats.extract.tally_parts import Part, Tally
from surveystats.text import sentence_starts

__all__ = [
    "find_share_lists",
    "find_share_lists_in",
    "may_list_shares",
    "name_shares_by_predicates",
]

# A share alone in parentheses, maybe qualified: "(36 percent)", "(21.7%)", "(71 %)".
_APPROXIMATE = "|".join(
    re.escape(words).replace(r"\ ", r"\s{1,3}")
    for words, code in QUALIFIERS_BEFORE.items()
    if code == "approximately" and not words.endswith(".")
)
# A survey's report may say who named the item and of whom the share is, inside the
# parentheses: "(cited by 45 per cent of respondents)", "(67 per cent of those surveyed)".
_SHARE = re.compile(
    r"\((?:(?:cited|identified|mentioned|named|reported|selected|chosen)\s{1,3}by\s{1,3})?"
    rf"(?:(?P<qualifier>{_APPROXIMATE})\s{{1,3}})?(?P<share>\d{{1,3}}(?:\.\d{{1,2}})?)"
    r"\s?(?:%|per\s{0,2}cent|percent|pc)"
    r"(?:\s{1,3}of\s{1,3}(?:the\s{1,3}|all\s{1,3})?(?:respondents|participants"
    r"|those\s{1,3}(?:surveyed|asked|polled|interviewed|consulted)))?\)"
)
# How a share of those who answered closes its parentheses (may_list_shares).
_ANSWERERS_CLOSE = (
    "respondents)",
    "participants)",
    "surveyed)",
    "asked)",
    "polled)",
    "interviewed)",
    "consulted)",
)
# What joins one item to the next label: a mark, a conjunction, "followed by", then the
# head's preposition repeated and an article.
_JOINT = re.compile(
    r"\s{0,3}(?P<mark>[,;])?\s{0,3}"
    r"(?P<word>(?:and|or|as\swell\sas)\s{1,3}|(?:(?:closely|then)\s{1,3})?followed\s{1,3}by\s{1,3})?"
    r"(?P<preposition>(?:in|from|to|for|by|with|on|at|among)\s{1,3})?"
    r"(?:(?:the|a|an)\s{1,3})?"
)
# A ranking's first item may carry its base and an aside before "followed by": "(45%) of
# all new arrivals, during the first nine months of 2019, followed by".
_RANKED_AFTER = re.compile(
    r"(?P<complement>[^()%;.]{0,120}?)\s{0,3},?\s{0,3}(?:closely\s{1,3})?followed\s{1,3}by"
    r"\s{1,3}(?:the\s{1,3})?"
)
# Times that may date a ranking's base: "during the first 9 months of 2018".
_TIMES = re.compile(r"\b(?:(?:19|20)\d\d|\d{1,2}\s{1,3}(?:months|weeks|days|quarters|years))\b")
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w’'./-]*|\d[\d,.]*")
# Words that say the items split one whole: shares, kinds, inclusion, a colon.
_SPLIT_CUE = re.compile(
    r"(?i:\b(?:majority|most|mostly|mainly|largely|primarily|largest|main|primary|principal"
    r"|top|key|leading|share|proportion|half|bulk|include[sd]?|including|such\s{1,3}as|namely"
    r"|causes?|sources?|reasons?|forms?|types?|kinds?|categories|nationalities|origins?"
    r"|breakdown|distribution|comprised?|consist(?:s|ed)?\s{1,3}of|made\s{1,3}up)\b)|:"
)
# Words of share: a ranking is a split only after one of them.
_SHARE_CUE = re.compile(
    r"(?i:\b(?:majority|most|largest|share|proportion|half|bulk|third|quarter|greatest"
    r"\s{1,3}number)\b)"
)
# Places named before the list: their shares are each place's own rate, unless a word of
# share says they split one whole ("countries of origin" split those who came).
_PLACES = re.compile(
    r"(?i:\b(?:countries|regions|provinces|districts|states|areas|cities|towns|municipalities"
    r"|governorates|governates|counties|camps|sites|locations|villages|localities|zones"
    r"|islands|departments|territories)\b(?!\s{1,3}of\s{1,3}(?:origin|destination|return"
    r"|departure|transit)))"
)
# Kinds of which one person may have or name several: shares of them may pass 100.
_KIND_NOUNS = (
    r"(?:services|sources|reasons|needs|concerns|priorities|challenges|barriers|obstacles"
    r"|problems|issues|risks|threats|fears|forms|types|kinds|answers|responses|uses"
    r"|difficulties|constraints|strategies|motivations|preferences|measures|actions|steps"
    r"|practices|methods)"
)
_KINDS = re.compile(rf"(?i:\b{_KIND_NOUNS}\b)")
# The question a list of answers answers, named before it: "Top 3 sources", "The main
# uses of the grant", "The most common concerns" (a survey, as session 42 decided).
_TOP_KINDS = re.compile(
    r"(?i:\b(?:top(?:\s{1,3}\d{1,2})?|main|key|biggest|greatest|most\s{1,3}(?:cited|common"
    r"|frequent|frequently\s{1,3}(?:cited|reported|mentioned)|pressing|important|urgent))\s{1,3}"
    rf"(?:\w+\s{{1,3}}){{0,2}}?{_KIND_NOUNS}\b)"
)
# Answering: a list of answers is a survey's.
_ANSWERING = re.compile(
    r"(?i:\b(?:respondents?|informants|interviewed|surveyed|polled|asked|cited|mentioned"
    r"|reported\s{1,3}by)\b)"
)
# A change over time: the figures are a series, not a split.
_CHANGE = re.compile(
    r"(?i:\b(?:rose|fell|increased|decreased|dropped|declined|grew|up\s{1,3}from"
    r"|down\s{1,3}from|compared)\b)"
)
# Words that end a later label's name: a clause joint, another clause.
_CLAUSE_JOINT = re.compile(
    r"(?i:\b(?:while|whereas|but|compared|against|versus|respectively|than|whilst)\b)"
)
# A relative clause or an aside on the item before: "(58 per cent), many of whom ...".
_ASIDE_BEFORE = re.compile(
    r"\s*(?:(?:many|most|some|all|none|half|one|each|both)\s{1,3}of\s{1,3})?"
    r"(?:which|who|whom|whose|where|when)\b",
    re.IGNORECASE,
)
_JOINT_INSIDE = re.compile(r",\s{0,3}(?:and|or)\s")
_RELATIVE = frozenset(("which", "that", "who", "whom", "whose", "where", "when", "to"))
_BE = frozenset(("is", "are", "was", "were", "be", "been", "being"))
_FINITE = _BE | frozenset(
    [
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "do",
        "does",
        "did",
        "follow",
        "follows",
        "stand",
        "stands",
    ]
)
_HEADS = frozenset(("including", "include", "includes", "included", "namely"))
_OPENERS = frozenset(
    [
        "in",
        "from",
        "to",
        "for",
        "by",
        "with",
        "on",
        "at",
        "among",
        "of",
        "the",
        "a",
        "an",
        "as",
        "into",
        "its",
        "their",
        "his",
        "her",
        "mainly",
        "mostly",
        "primarily",
    ]
)
# A worded share restated in its parenthesis: the category is the clause's subject.
_WORDED_SHARE = re.compile(
    r"(?i:(?:the\s{1,3})?(?:(?:vast|great|large|overwhelming)\s{1,3})?(?:majority|bulk"
    r"|(?:(?:more|less)\s{1,3}than\s{1,3}|nearly\s{1,3}|almost\s{1,3}|over\s{1,3})?(?:half"
    r"|a\s{1,3}third|a\s{1,3}quarter|two\s{1,3}thirds|three\s{1,3}quarters)"
    r"|(?:the\s{1,3})?largest\s{1,3}share|most))$"
)
_MAX_LABEL_WORDS = 16
_MAX_FIRST_WORDS = 8  # words of a first label read back past a comma
# Past forms the verb lists leave out, as they are adjectives too ("left", "lost").
_IRREGULAR_PAST = frozenset(("left", "lost", "sold", "spent", "sent", "built", "fled", "kept"))
# Where a predicate ends: a clause joint before the next part, or the sentence's end.
_PREDICATE_END = re.compile(r",?\s{0,3}(?:;|,\s{0,3}(?:while|whereas|and|but)\b|\.(?:\s|$))")
# A first label that a ranking's "followed by" opens: the list's first item is elsewhere.
_FOLLOWED_BEFORE = re.compile(r"followed\s{1,3}by\s{1,3}(?:the\s{1,3})?$")
# A first label opened by a colon or a word of inclusion, right before it.
_HEADED = re.compile(r"(?::|\b(?:including|include[sd]?|namely|such\s{1,3}as))\s{0,3}$")
_SHARE_WIDTH = 16  # characters from a share's first digit to its closing parenthesis, at most
_SLACK = Fraction(1, 2)  # each share of one whole rounded by at most half its last unit


def may_list_shares(text: str) -> bool:
    """Whether ``text`` may hold a share alone in parentheses: a cheap literal test.

    >>> may_list_shares("conflict (64%), drought (17%)"), may_list_shares("in 2020 (est.)")
    (True, False)
    """
    return (
        "%)" in text
        or ("% " in text and "(" in text)  # "Children (53% aged 9-13) and adolescents (47% ..."
        or "cent)" in text
        or "pc)" in text
        or (" of " in text and any(close in text for close in _ANSWERERS_CLOSE))
    )


class _Item:
    """One share in parentheses, with the span of its label."""

    __slots__ = ("close", "label_end", "label_start", "open", "qualifier", "share", "written")

    def __init__(self, match: re.Match[str]) -> None:
        self.open, self.close = match.start(), match.end()
        self.written = match["share"]
        self.share = Fraction(match["share"])
        self.qualifier = "approximately" if match["qualifier"] else None
        self.label_start = self.label_end = self.open


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _later_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a later label in ``text[start:end]``, or ``None`` where it is a clause."""
    label = text[start:end]
    if not label.strip() or any(ch.isdigit() for ch in label) or "(" in label or ")" in label:
        return None
    if _CLAUSE_JOINT.search(label) or _ASIDE_BEFORE.match(label) or _JOINT_INSIDE.search(label):
        return None  # "(58 per cent), many of whom crossed ..., and South Sudanese ...": the
        # aside is the item's before, and a joint inside parts two labels
    words = [w.group().lower() for w in _words(text, start, end)]
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    relative = False
    for word in words:
        if word in _RELATIVE:
            relative = True  # "touching which made them feel uncomfortable"
        elif not relative and (word in _FINITE or (word in VERBS and word.endswith("s"))):
            return None  # "... follow the national pattern": a clause, no name
    left = start + len(label) - len(label.lstrip())
    return left, end - (len(label) - len(label.rstrip(" ,")))


def _first_label(text: str, lo: int, first: _Item, later: list[str]) -> tuple[int, int] | None:
    """The span of the first label, read back from its parenthesis to the list's head."""
    words = _words(text, lo, first.open)
    stop = 0
    marked = False  # a colon, a comma or "including" opens the label: its words are all its
    comma = None  # the word after the last comma read back, where the label may start
    for at in range(len(words) - 1, -1, -1):
        word = words[at].group()
        lowered = word.lower()
        between = text[
            words[at].end() : words[at + 1].start() if at + 1 < len(words) else first.open
        ]
        if ":" in between or ";" in between:
            stop, marked = at + 1, True
            break
        if "," in between:
            # "were: theft, robbery or looting of property (38%)": a comma inside the
            # first label where a colon or "including" opens it a few words back
            comma = comma if comma is not None else at + 1
            if len(words) - at > _MAX_FIRST_WORDS:
                stop, marked = comma, True
                break
        before = words[at - 1].group().lower() if at else ""
        if lowered in _HEADS or (lowered == "as" and before == "such"):
            stop, marked = at + 1, True
            break
        if comma is not None and (
            lowered in _BE or lowered in _FINITE or lowered in VERBS or lowered.endswith("ed")
        ):
            stop, marked = comma, True  # a clause before the comma: the label starts after it
            break
        if (lowered in _BE or lowered in _FINITE) and before not in _RELATIVE:
            stop = at + 1
            break
        following = words[at + 1].group().lower() if at + 1 < len(words) else ""
        # "Paid work (17%) or not (83%)": a participle that opens the label before its noun
        # has no subject, no verb
        describes = not before and following not in _OPENERS
        if (
            before not in _RELATIVE
            and following
            and not describes
            and (lowered in VERBS or (lowered.endswith("ed") and following in _OPENERS))
        ):
            stop = at + 1  # "came from Turkey", "were recorded in the governates of"
            break
    else:
        stop, marked = (0, False) if comma is None else (comma, True)
    span = words[stop:]
    starts = {label.split()[0].lower() for label in later if label.split()}
    for at, word in enumerate([] if marked else span):
        # parallel items share their shape: "in Application of ... (26%), Application ..."
        if word.group().lower() in starts and word.group().lower() not in _OPENERS:
            span = span[at:]
            break
    else:
        while span and span[0].group().lower() in _OPENERS:
            span = span[1:]
        names = all(label[:1].isupper() for label in later)
        of = next((at for at, word in enumerate(span[:3]) if word.group() == "of"), None)
        if names and of is not None and span[0].group().islower() and of + 1 < len(span):
            span = span[of + 1 :]  # "the governates of Ninewa (57%), Thi-Qar (17%)": a name
    if not span or len(span) > _MAX_LABEL_WORDS:
        return None
    return span[0].start(), span[-1].end()


def _subject(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The subject of the clause ending at ``end`` (before its verb): "Lesvos has received"."""
    words = _words(text, lo, end)
    for at, word in enumerate(words):
        if word.group().lower() in VERBS or word.group().lower() in _FINITE:
            if at == 0 or at > 8:
                return None
            return words[0].start(), words[at - 1].end()
    return None


def _read_list(
    text: str, lo: int, hi: int, shares: list[re.Match[str]], bound: int
) -> Tally | None:
    """One list of ``shares`` (parenthesised shares of one sentence, in order).

    The first label is read back to ``bound`` at most (the sentence's start, or the
    parenthesis of a share before the list: "The majority of the returnees (70%) came from
    two countries: Turkey (39%) and ...").
    """
    items = [_Item(shares[0])]
    ranked = False
    for match in shares[1:]:
        last = items[-1]
        joint = _JOINT.match(text, last.close, match.start())
        label_start = joint.end()
        if not (joint["mark"] or joint["word"]):
            ranking = _RANKED_AFTER.match(text, last.close, match.start())
            if ranking is None or len(items) > 1:
                return None  # no joint: another clause, another list
            ranked, label_start = True, ranking.end()
            if any(ch.isdigit() for ch in _TIMES.sub("", ranking["complement"])):
                return None  # another figure between: only a time may date the base
        elif "followed" in (joint["word"] or ""):
            ranked = True
        label = _later_label(text, label_start, match.start())
        if label is None:
            return None
        item = _Item(match)
        item.label_start, item.label_end = label
        items.append(item)
    later = [text[item.label_start : item.label_end] for item in items[1:]]
    first = items[0]
    before = text[lo : first.open].rstrip()
    worded = _WORDED_SHARE.search(before)
    if worded is not None:
        # "Lesvos received the majority (45%) of all arrivals": the subject is the category
        span = _subject(text, bound, worded.start())
    else:
        span = _first_label(text, bound, first, later)
    if span is None or _FOLLOWED_BEFORE.search(text, max(bound, span[0] - 40), span[0]):
        return None  # "Chad has the highest share, with 35 percent ..., followed by Niger
        # (31 percent)": the ranking's first item is no share in parentheses
    first.label_start, first.label_end = span
    if not _splits_one_whole(text, lo, first.open, items, ranked=ranked):
        return None
    answered = (
        _ANSWERING.search(text, lo, hi) is not None
        or ASKED_WORDS.search(text, lo, hi) is not None
        or _TOP_KINDS.search(text, lo, first.open) is not None  # "The main uses ... were"
    )
    parts = [
        Part(
            text[item.label_start : item.label_end],
            None,
            item.label_start,
            item.close,
            percent=float(item.share),
            decimals=len(item.written.partition(".")[2]),
            qualifier=item.qualifier,
        )
        for item in items
    ]
    kind = "survey" if answered else "breakdown"
    return Tally(kind, parts[0].start, parts[-1].end, parts, unit="percent")


def _splits_one_whole(text: str, lo: int, head: int, items: list[_Item], *, ranked: bool) -> bool:
    """Whether the shares split one whole: a cue, no rate or change, a sum that fits."""
    opening = text[lo:head]
    shares = [item.share for item in items]
    places = max(len(item.written.partition(".")[2]) for item in items)
    slack = _SLACK * len(items) / 10**places  # each rounded by half a unit
    if (
        (_SHARE_CUE if ranked else _SPLIT_CUE).search(opening) is None
        # shares that make up the whole split it, as a survey report's line of answers or
        # groups gives them with no verb: "Whether they did paid work (17%) or not (83%)"
        and (ranked or len(items) > 3 or abs(sum(shares) - 100) > slack)
    ):
        # "Punjab (35.3pc) and Sindh (32.6pc) follow ...": no split named; a ranking is
        # a split only after a word of share ("The main obstacles cited were lack of funds
        # (38 per cent), followed by ..." ranks answers, none as the README decides)
        return False
    if RATE_WORDS.search(opening) or _CHANGE.search(text, lo, items[-1].close):
        return False  # "Inflation was highest in Zambia (14 per cent)": rates of places
    if _PLACES.search(opening) and _SHARE_CUE.search(opening) is None:
        return False  # "high in several countries, including Chad (12%), Niger (9%)": each
        # place's own rate, unless a word of share makes them parts of one whole
    if ranked and any(later > earlier for earlier, later in itertools.pairwise(shares)):
        return False  # a ranking falls
    if sum(shares) <= 100 + slack:
        return True
    return not ranked and _KINDS.search(opening) is not None  # several answers each


def _lists(text: str, lo: int, hi: int) -> list[Tally]:
    shares = list(_SHARE.finditer(text, lo, hi))
    for at in range(min(len(shares) - 1, 3)):
        # a share before the list, no item of it, may be of the group the list splits:
        # "The majority of the returnees (70%) came from two countries: Turkey (39%) and ..."
        if at and _joined(text, shares[at - 1].end(), shares[at].start()):
            break
        bound = shares[at - 1].end() if at else lo
        if (tally := _read_list(text, lo, hi, shares[at:], bound)) is not None:
            return [tally]
    return []


# Labels with their shares after a comma, all inside one pair of brackets after the noun
# they split, as a survey report's line of groups gives them: "Both sexes (boys, 51% and
# girls, 49%)", "Age (under 18, 42%; 18 and over, 58%)". The shares make up the whole.
_PAIRED_BRACKET = re.compile(r"\((?P<body>[^()%]{1,40},\s{0,3}\d[^()]{4,160})\)")
_PAIR = re.compile(
    r"\s{0,3}(?:(?<=\()|[,;]\s{0,3}(?:(?:and|or)\s{1,3})?|(?:and|or)\s{1,3})"
    r"(?P<label>(?=[^,;%()]{0,40}?[A-Za-z])[A-Za-z\d][^,;%()]{0,40}?),\s{0,3}"
    rf"(?:(?P<qualifier>{_APPROXIMATE})\s{{1,3}})?(?P<share>\d{{1,3}}(?:\.\d{{1,2}})?)"
    r"\s?(?:%|per\s{0,2}cent|percent)"
)


# A group named before a bracket that opens with its share, words after the share that
# say more of the group: "Children (53% aged 9-13) and adolescents (47% aged 14-18)".
_SHARE_OPENS = re.compile(
    r"(?<![\w’'-])(?P<label>(?!(?:and|or)\s)[A-Za-z][\w’'-]{0,25}"
    r"(?:\s{1,3}[A-Za-z][\w’'-]{0,25}){0,3})"
    r"\s{1,3}\("
    rf"(?:(?P<qualifier>{_APPROXIMATE})\s{{1,3}})?(?P<share>\d{{1,3}}(?:\.\d{{1,2}})?)"
    # no base after the share: "Women (61% of them heads of household)" is a share of women
    r"\s?(?:%|per\s{0,2}cent|percent),?\s{1,3}(?!of\b)[^()%]{1,60}\)"
)
_OPENS_JOINT = re.compile(r"\s{0,3}(?:[,;]\s{0,3})?(?:(?:and|or)\s{1,3})?")


def _shares_opening_brackets(text: str, lo: int, hi: int) -> list[Tally]:
    """Groups named before brackets that open with their shares, the shares making 100.

    >>> [(p.category, p.percent) for p in _shares_opening_brackets(
    ...     "Children (53% aged 9-13) and adolescents (47% aged 14-18).", 0, 58)[0].parts]
    [('Children', 53.0), ('adolescents', 47.0)]
    """
    groups = list(_SHARE_OPENS.finditer(text, lo, hi))
    if not 2 <= len(groups) <= 6:  # a few groups
        return []
    for earlier, later in itertools.pairwise(groups):
        joint = _OPENS_JOINT.match(text, earlier.end(), later.start())
        if joint is None or joint.end() != later.start() or joint.end() == earlier.end():
            return []  # "and", "or" or a mark joins each group to the next, nothing else
    shares = [Fraction(group["share"]) for group in groups]
    places = max(len(group["share"].partition(".")[2]) for group in groups)
    if abs(sum(shares) - 100) > _SLACK * len(groups) / 10**places:
        return []
    labels = []
    for group in groups:
        words = group["label"].split()
        verbs = [at for at, word in enumerate(words) if _verb_like(word.lower())]
        words = words[verbs[-1] + 1 :] if verbs else words  # "included children (53% ...)"
        if not words:
            return []
        labels.append(" ".join(words))
    parts = [
        Part(
            label,
            None,
            group.end("label") - len(group["label"]) + group["label"].rfind(label),
            group.end(),
            percent=float(share),
            decimals=len(group["share"].partition(".")[2]),
            qualifier="approximately" if group["qualifier"] else None,
        )
        for group, share, label in zip(groups, shares, labels, strict=True)
    ]
    return [Tally("breakdown", parts[0].start, parts[-1].end, parts, unit="percent")]


def _verb_like(word: str) -> bool:
    """Whether ``word`` may be a clause's verb, which no group's name holds."""
    return word in _FINITE or word in VERBS or word.endswith("ed")


def _same_shares(tally: Tally, paired: Tally) -> bool:
    """Whether ``tally`` reads the shares of ``paired`` and no other figure."""
    return len(tally.parts) == len(paired.parts) and all(
        part.count is None and part.percent == mine.percent and mine.start <= part.end
        for part, mine in zip(tally.parts, paired.parts, strict=True)
    )


def _paired_in_brackets(text: str, lo: int, hi: int) -> list[Tally]:
    """The lists of labels and shares paired by commas inside one pair of brackets.

    Every item of the brackets is a label, a comma and a share (joined by a comma, a
    semicolon, "and" or "or"), the items are two to six, and their shares make 100 within
    rounding: a split of the noun before the brackets, its labels the groups.

    >>> [(p.category, p.percent) for p in _paired_in_brackets(
    ...     "Both sexes (boys, 51% and girls, 49%).", 0, 38)[0].parts]
    [('boys', 51.0), ('girls', 49.0)]
    >>> _paired_in_brackets("Two regions (north, 40% and south, 25%).", 0, 40)
    []
    """
    found = []
    for bracket in _PAIRED_BRACKET.finditer(text, lo, hi):
        at, end = bracket.start("body"), bracket.end("body")
        pairs = []
        while at < end and (pair := _PAIR.match(text, at, end)) is not None:
            pairs.append(pair)
            at = pair.end()
        if at != end or not 2 <= len(pairs) <= 6:  # a few groups
            continue
        shares = [Fraction(pair["share"]) for pair in pairs]
        places = max(len(pair["share"].partition(".")[2]) for pair in pairs)
        if abs(sum(shares) - 100) > _SLACK * len(pairs) / 10**places:
            continue
        parts = [
            Part(
                " ".join(pair["label"].split()),
                None,
                pair.start("label"),
                pair.end(),
                percent=float(share),
                decimals=len(pair["share"].partition(".")[2]),
                qualifier="approximately" if pair["qualifier"] else None,
            )
            for pair, share in zip(pairs, shares, strict=True)
        ]
        found.append(Tally("breakdown", parts[0].start, parts[-1].end, parts, unit="percent"))
    return found


def _joined(text: str, close: int, opening: int) -> bool:
    """Whether the share closing at ``close`` is joined as an item to the one after it."""
    joint = _JOINT.match(text, close, opening)
    if joint["mark"] or joint["word"]:
        return True
    return _RANKED_AFTER.match(text, close, opening) is not None


def _relabel(text: str, tally: Tally, listed: Tally) -> bool:
    """Give ``tally`` the labels of ``listed``, the same shares read as a list.

    Only where every part is the same share at the same parenthesis, and each label of
    ``tally`` that differs was cut inside the list's label (at a comma or a verb of a
    relative clause; the first label only where a colon or "including" opens it) or lies
    outside it (an aside read as a later label). Returns whether labels changed.
    """
    if tally.unit != "percent" or tally.total is not None or len(tally.parts) != len(listed.parts):
        return False
    pairs = list(zip(tally.parts, listed.parts, strict=True))
    if not all(_same_share(part, mine) for part, mine in pairs):
        return False
    changed = False
    for part, mine in pairs:
        if part.category == mine.category or part.category is None or mine.category is None:
            continue
        first = part is tally.parts[0]
        inside = mine.start < part.start and mine.category.endswith(part.category)
        outside = part.start < mine.start and mine.category not in part.category
        headed = _HEADED.search(text, max(0, mine.start - 24), mine.start) is not None
        if not ((inside and (not first or headed)) or (outside and not first)):
            return False
        changed = True
    if changed:
        for part, mine in pairs:
            part.category, part.start = mine.category, min(part.start, mine.start)
        tally.start = min(tally.start, listed.start)
    return changed


def _same_share(part: Part, mine: Part) -> bool:
    """Whether ``part`` was read from the share in the parenthesis that closes ``mine``."""
    return (
        part.percent is not None
        and part.percent == mine.percent
        and mine.end - _SHARE_WIDTH <= part.end <= mine.end
    )


def _extends(tally: Tally, listed: Tally) -> bool:
    """Whether ``listed`` holds the parts of ``tally``, its last ones, and more before.

    A reader of rankings that lost the first item ("Lesvos has received more than half
    (52%) of all new arrivals, ..., followed by Samos (20%), ...") read the later items
    only: the whole list replaces that reading.
    """
    if tally.unit != "percent" or tally.total is not None:
        return False
    width = len(tally.parts)
    if width >= len(listed.parts):
        return False
    return all(
        _same_share(part, mine)
        for part, mine in zip(tally.parts, listed.parts[-width:], strict=True)
    )


def _name_by_predicates(text: str, tally: Tally, hi: int) -> bool:
    """Label the parts of ``tally`` by what each share of one group did.

    Where every part is the same group ("Seven in ten households", "three in ten
    households": the same last word) with its share in parentheses right after it, and a
    verb right after the parenthesis, the shares split the group by what it did: each
    part's category is its predicate, up to the clause joint before the next part
    (", while", ";", ", and", ", whereas", ", but") or the sentence's end. The shares must
    make 100 within their rounding: the group is whole. Returns whether labels changed.

    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> text = "Half of the teachers (52 %) stayed, while half of the teachers (48 %) left."
    >>> second = text.index("half")
    >>> tally = Tally("breakdown", 0, 68, [Part("Half of the teachers", None, 0, 27,
    ...     percent=52.0), Part("half of the teachers", None, second, second + 27,
    ...     percent=48.0)], unit="percent")
    >>> _name_by_predicates(text, tally, len(text)), [p.category for p in tally.parts]
    (True, ['stayed', 'left'])
    """
    parts = tally.parts
    if tally.unit != "percent" or len(parts) < 2 or any(p.category is None for p in parts):
        return False
    heads = {p.category.split()[-1].lower() for p in parts if p.category.split()}
    if len(heads) != 1 or any(p.percent is None for p in parts):
        return False
    total = sum(Fraction(str(p.percent)) for p in parts)
    if abs(total - 100) > _SLACK * len(parts):
        return False
    spans = []
    for at, part in enumerate(parts):
        share = _SHARE.match(text, text.find("(", part.start, part.end + 2))
        if share is None or text[part.start : share.start()].strip() != part.category:
            return False
        end = parts[at + 1].start if at + 1 < len(parts) else hi
        joint = _PREDICATE_END.search(text, share.end(), end)
        words = _words(text, share.end(), joint.start() if joint else end)
        if not words:
            return False
        first = words[0].group().lower()
        if not (is_clause_verb(first) or first in _IRREGULAR_PAST or first.endswith("ed")):
            return False  # no verb right after the share: no predicate
        spans.append((words[0].start(), words[-1].end()))
    for part, (start, end) in zip(parts, spans, strict=True):
        part.category = text[start:end]
    return True


def name_shares_by_predicates(text: str, tallies: list[Tally]) -> None:
    """Label by their predicates the splits of one group whose shares follow its name.

    "Seven in ten households (71 %) stayed behind ..., while three in ten households
    (29 %) left their homes ...": the readers read the group's name before each share as
    the category; what each share of the group did is (:func:`_name_by_predicates`).
    Changes ``tallies`` in place.
    """
    if not may_list_shares(text):
        return
    starts = [*sentence_starts(text), len(text)]
    for tally in tallies:
        end = starts[bisect.bisect_right(starts, tally.start)] if tally.start < len(text) else 0
        _name_by_predicates(text, tally, max(end, tally.end))


def find_share_lists(text: str, found: list[Tally]) -> list[Tally]:
    """``found`` with the lists of labels and shares in parentheses read in ``text``.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    found
        What the other readers found in it: a sentence holding one of them gets no list,
        but a reading of the same shares whose labels the list's grammar corrects takes the
        list's labels (:func:`_relabel`).

    Returns
    -------
    list of Tally
        ``found`` (its tallies possibly relabelled) and one tally for each list read in a
        sentence where nothing was found, offsets relative to ``text``.

    Examples
    --------
    >>> [(p.category, p.percent) for p in find_share_lists_in(
    ...     "The main causes of displacement were conflict (64%), drought (17%) and floods"
    ...     " (9%).")[0].parts]
    [('conflict', 64.0), ('drought', 17.0), ('floods', 9.0)]
    >>> find_share_lists_in("Inflation was highest in Zambia (14 per cent), followed by"
    ...     " Ghana (11 per cent).")
    []
    """
    if not may_list_shares(text):
        return found
    starts = [*sentence_starts(text), len(text)]
    added = []
    for lo, hi in itertools.pairwise(starts):
        inside = [t for t in found if t.start < hi and t.end > lo]
        if len(inside) < 2 and "%" in text[lo:hi] and "(" in text[lo:hi]:  # one reading at most
            # "Both sexes (boys, 51% and girls, 49%)": labels and shares in one bracket,
            # in place of a reading of the same shares that took the noun before the
            # bracket for the first label ("Sex (male, 48.5% and ...)": "Sex")
            paired = _paired_in_brackets(text, lo, hi) or _shares_opening_brackets(text, lo, hi)
            if paired and not inside:
                added.extend(paired)
                continue
            if len(paired) == 1 and _same_shares(inside[0], paired[0]):
                found = [paired[0] if t is inside[0] else t for t in found]
                continue
        if text.count("(", lo, hi) < 2:
            continue
        for listed in _lists(text, lo, hi):
            if not inside:
                added.append(listed)
            elif _SPLIT_CUE.search(text, lo, listed.parts[0].end) is None:
                continue  # split by its sum alone: another reader's labels stand
            elif (
                len(inside) == 1
                and not _relabel(text, inside[0], listed)
                and _extends(inside[0], listed)
            ):
                found = [listed if t is inside[0] else t for t in found]
    return sorted([*found, *added], key=lambda t: t.start) if added else found


def find_share_lists_in(text: str) -> list[Tally]:
    """:func:`find_share_lists` over a string where nothing else was read."""
    return find_share_lists(text, [])
