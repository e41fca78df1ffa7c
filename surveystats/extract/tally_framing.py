"""Words that frame a tally and tell nothing of it: who reported it, when a vote was held.

News and agency pages write a tally inside a frame that official texts leave out: who
says so, before the figures ("The Standing Committee's report said 26 peacekeepers and
eight civilians died", "According to the latest figures, 24 cases ...", "the
government on Wednesday said over 93 per cent of people ... supported the move") or
after them ("..., and Uganda's candidate got 11 votes, reports indicate.", "..., the
report said.", "..., according to UNHCR."); the day of a vote inside the vote's frame
("The vote Thursday was 138 to 9", "The vote on Tuesday was ..."); a word that judges a
vote before its figures ("on a climactic 219-to-212 vote", "by a lopsided vote of 80 to
20"). The readers know each tally in its plain form and lose it inside such words: a
list no longer opens its clause, a vote's verb no longer follows "The vote".
:func:`find_framing` finds these words, and the sentences around them are read again as
if they were not written, in the way of figure-free remarks
(:mod:`~surveystats.extract.tally_remarks`, :mod:`~surveystats.extract.tallies`): the
second reading is kept only where it keeps every figure of the first.

A frame is taken out only where that cannot change what the figures say:

- a reporting frame is a subject with no figure, no word of quantity ("most", "half")
  and no word of a poll ("Staff who took part in the survey said ...": what the polled
  said is their answer), then a verb of saying or finding ("said", "reported",
  "indicated", "noted", "stated", "showed", "found", ...), that opens its sentence or
  the clause after an opening phrase with no count. After "say" the figures' clause may
  follow at once ("said 26 peacekeepers ... died"), also where a figure opens it after
  "of" or "about" ("said of the 50 States surveyed, 30 had ...", an "Of the N, K" opening;
  "said about 45 per cent of ...", a figure qualified; "said of the 2030 Agenda" and
  "said about the 12 States that ..." name a topic); any other verb needs "that" (an
  adverbial may come between: "said on Wednesday that"), since what follows it without
  one is its object, which the readers know as such ("Local authorities reported 41
  deaths and 112 injured, and some 650 families displaced": no clause to read alone).
  So "X said" is never a label, and "Of the 72 respondents, 51 said ..." (a count
  before the verb: the answer), "most said" or "Of the 9 officers investigated, he said
  four ..." (a whole before the frame) stay as written;
- a closing frame is the same subject and verb (either order: ", the report said",
  ", said the Chair") or "according to X" after a comma and before the sentence's stop;
- an opening "According to X," with no figure in X;
- the same frames inside a sentence, between commas and between its figures: ", the UN
  said, with 35 abstentions", ", said a diplomat on Monday, and", ", according to WHO,
  and 120 ..." (a count before the frame and one after it);
- a day or a time of day right after "vote" ("vote Thursday", "vote on Tuesday
  afternoon", "vote today") or a day's possessive before it ("Tuesday's vote");
- an evaluative adjective (a closed list: "narrow", "lopsided", "climactic",
  "party-line", ...) after "a" before "N-to-M vote" or "vote of", "margin of".

Only a sentence with two numbers or more, or one share, is looked at (most sentences of a
report hold fewer), and a frame is kept only where two counts or one share stand after an
opening frame (before a closing one): a lone count frames no tally. Every pattern reads a
bounded stretch (:data:`_SUBJECT_REACH` around a verb) of those sentences: linear time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from surveystats.extract.tally_earlier_years import EarlierFigures
from surveystats.extract.tally_items import PERCENT_UNIT, Number, is_ordinal, only_names
from surveystats.extract.tally_parts import holds_any
from surveystats.text.sentences import sentence_starts

__all__ = ["find_framing", "may_frame"]

# Verbs of saying and finding that frame reported figures, in the past and the present.
_SAYING = (
    r"(?:(?P<say>said|says|say)|reported|reports|indicated|indicates|indicate|noted|notes|stated"
    r"|showed|shows|show|found|finds|find|revealed|reveals|reveal|estimated|estimates"
    r"|announced|announces|confirmed|confirms|observed|suggested|suggests|suggest)"
)
_VERB = re.compile(
    rf"(?<![\w’'-])(?:(?:has|have|had|also|further|again)\s{{1,2}}){{0,2}}{_SAYING}(?![\w’'-])"
)
# "that" after the verb, with an adverbial of time or place between: "said on Wednesday
# that", "reported in its latest update that" (no figure: checked by the caller), never an
# object ("said the number of States that ...").
_THEN_THAT = re.compile(
    r"(?:\s{1,2}(?:on|in|at|during|last|this|earlier|late|early|today|yesterday|recently)"
    r"(?:\s{1,2}[\w’'./-]{1,30}){0,7}?)?\s{1,2}that\s{1,2}"
)
# What closes a frame inside its sentence: a comma, after a time or a place of saying
# ("said on Monday,", "reported in Geneva,"), then the sentence goes on.
_INSIDE_CLOSE = re.compile(
    r"(?:\s{1,2}(?:on|in|at|last|this|earlier|late|early|today|yesterday|recently)"
    r"(?:\s{1,2}[\w’'./-]{1,30}){0,3}?)?(?=,\s)"
)
# What opens no clause after a verb of saying: a preposition or a joint ("The reports of
# 12 ...", "noted in 12 cases and ..."): the verb is a noun or takes its own object.
_NO_CLAUSE_AFTER = re.compile(r"\s{1,2}(?:of|in|on|at|for|to|by|from|with|about|as|and|or)\b")
# ... unless a figure follows at once: "said of the 50 States surveyed, 30 had ...", the
# opening "Of the 50 States, 30 ..." of a clause; "said about 45 per cent of ...", a figure
# qualified ("said about the 45 ..." is a topic: no figure at once after "about").
_FIGURE_CLAUSE_AFTER = re.compile(
    r"\s(?:of(?:\s{1,2}(?:the|these|those|all|its|their))?|about|around)\s{1,2}"
)
_ACCORDING = re.compile(r"(?<![\w-])[Aa]ccording\s{1,2}to\s{1,2}")
# A source after "according to" up to the comma that ends the phrase (no stop: a sentence).
_SOURCE = re.compile(r"[^,;:()\[\]]{1,100}?(?=,\s)")
_WORD = re.compile(r"[\w’'./&-]+")
# Words that open a clause of its own, never a subject that frames: "and", "while", "which".
_NO_SUBJECT_START = frozenset(
    (
        *("and", "but", "or", "nor", "while", "whereas", "which", "who", "whom", "whose"),
        *("that", "where", "when", "if", "although", "though", "because", "since", "so"),
        *("yet", "then"),
    )
)
# Words of quantity: a subject that holds one is counted ("most said", "half reported").
_QUANTITY = frozenset(
    (
        *("most", "many", "some", "all", "few", "several", "half", "majority", "minority"),
        *("none", "others", "rest", "remaining", "each", "both", "either", "neither", "one"),
        *("third", "thirds", "quarter", "quarters"),
    )
)
# Words that name those polled: their verb of saying is their answer, and what they said is
# what a survey counts ("Staff who took part in the survey said the guidance was clear (62
# per cent) or unclear (38 per cent)"); so are the words of a poll itself, which tell a
# survey from a breakdown ("The survey found that 45 per cent ...").
_POLLED = re.compile(
    r"respond|survey|poll|interview|particip|took\s{1,2}part|taking\s{1,2}part|asked"
    r"|questioned|consulted|replied|voter|census",
    re.IGNORECASE,
)
# A verb in a clause after "said": no speaker named after it ("..., or 61 per cent, said
# their budgets were insufficient" is the answer, not ", said the Chair").
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|had|has|have|would|will|could|can|should|did|do|does"
    r"|not|they|it|we|he|she|there)\b"
)
# Words a verb never follows: "An estimated 1,900 civilians" is no frame.
_DETERMINERS = frozenset(("a", "an", "the", "this", "that", "these", "those", "its", "their"))
# Marks that a subject does not hold: a list, a clause or an aside ("-- Chile, Ghana --").
_NO_SUBJECT_MARKS = (",", ";", ":", "(", ")", "--", "\u2013", "\u2014")
_MAX_SUBJECT = 25  # words of a subject that opens a sentence
_SUBJECT_REACH = 300  # characters a frame's subject (or what follows a closing verb) spans
_MAX_CLOSING = 10  # words of a subject or a source that closes it
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A day or a time right after "vote": " Thursday", " on Tuesday afternoon", " late Friday",
# " today", " last week".
_VOTE_DAY = re.compile(
    rf"""
    (?<![\w-])vote
    (?P<day>\s{{1,2}}
        (?:(?:(?:on|late|early)\s{{1,2}})?{_DAY}(?:\s{{1,2}}(?:morning|afternoon|evening|night))?
          | today | yesterday | tonight
          | (?:last|this)\s{{1,2}}(?:night|week|morning|afternoon|evening))
    )(?=[\s,;.])
    """,
    re.VERBOSE,
)
# A day's possessive before a vote: "Tuesday's vote", "Friday's final vote".
_DAY_BEFORE_VOTE = re.compile(
    rf"(?<![\w-])(?:{_DAY}|[Tt]oday|[Yy]esterday)['’]s\s{{1,2}}(?=(?:[a-z-]{{1,20}}\s{{1,2}})?vote\b)"
)
# Words that judge a vote, never a count or a side of it.
_JUDGING = (
    r"(?:narrow|close|slim|tight|razor-thin|bare|wide|comfortable|overwhelming|resounding"
    r"|lopsided|decisive|convincing|clear|climactic|dramatic|historic|landmark|rare"
    r"|surprise|surprising|unexpected|crucial|key|pivotal|contentious|contested|divided"
    r"|split|party-line|near-unanimous|unanimous|bipartisan|preliminary|final|late-night"
    r"|symbolic|tense|stunning|solid|strong|large|huge|whopping|landslide)"
)
# "a climactic 219-to-212 vote", "by a largely party-line 219-212 vote", "a narrow,
# bitterly contested vote of 8 to 7", "a lopsided margin of 80 to 20"
_JUDGED_VOTE = re.compile(
    rf"""
    (?<![\w-])(?:a|an)\s{{1,2}}
    (?P<judging>
        (?:(?:largely|mostly|strictly|almost|very|bitterly|hotly|highly)\s{{1,2}})?{_JUDGING}
        (?:,?\s{{1,2}}(?:and\s{{1,2}})?
           (?:(?:largely|mostly|strictly|almost|very|bitterly|hotly|highly)\s{{1,2}})?{_JUDGING})?
        \s{{1,2}}
    )
    (?=\d[\d,]{{0,9}}(?:-to-|\s{{0,2}}[-–]\s{{0,2}}|\s{{1,2}}to\s{{1,2}})\d[\d,]{{0,9}}
         (?:[-–]\d{{1,3}})?\s{{1,2}}(?:vote|margin|tally)\b
     | (?:vote|margin|majority)\s{{1,2}}of\s)
    """,
    re.VERBOSE,
)
# A second figure glued to the first, which find_numbers reads as one: "219-to-212", "8-7".
_PAIRED = re.compile(r"(?:-to-|[-\u2013])\d")
# Cheap literal tests: the words one of the frames needs.
_FRAME_WORDS = (
    *("said", "says", "say ", "report", "indicat", "note", "stated", "show", "found", "find"),
    *("reveal", "estimat", "announc", "confirm", "observed", "suggest", "ccording to", "vote"),
)


def may_frame(text: str) -> bool:
    """Whether ``text`` holds a word one of the frames needs: a cheap literal test.

    >>> may_frame("The report said 26 peacekeepers died."), may_frame("26 died.")
    (True, False)
    """
    return holds_any(text, _FRAME_WORDS)


def find_framing(text: str, numbers: Sequence[Number]) -> list[EarlierFigures]:
    """The frames of ``text`` around its figures, in order, without overlaps.

    ``numbers`` are the numbers of ``text``
    (:func:`~surveystats.extract.tally_items.find_numbers`). Each frame is returned as an
    aside to take out (with the blank or the comma that joins it to the sentence).

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> def framing(text):
    ...     return [text[f.start : f.end] for f in find_framing(text, find_numbers(text))]
    >>> framing("The report said 26 peacekeepers and eight civilians died.")
    ['The report said ']
    >>> framing("Chile got 16 votes and Peru 12 votes, reports indicate.")
    [', reports indicate']
    >>> framing("According to OCHA, 24 cases were reported, including eight deaths.")
    ['According to OCHA, ']
    >>> framing("The vote Thursday was 138 to 9, with 41 abstentions.")
    [' Thursday']
    >>> framing("It passed on a climactic 219-to-212 vote.")
    ['climactic ']
    >>> framing("The report said of the 50 States surveyed, 30 had ratified it and 25 signed it.")
    ['The report said ']
    >>> framing("The Committee said about the 12 States that had not reported for 10 years ...")
    []
    >>> framing("Of the 72 respondents, 51 said yes and 21 said no.")
    []
    >>> framing("The report said 26 peacekeepers died.")
    []
    """
    if not numbers or not may_frame(text):
        return []
    frames = _Frames(text, numbers)
    for start, end in frames.sentences_with_numbers():
        if "ccording to" in text:
            for source in _ACCORDING.finditer(text, start, end):
                frames.add_source(source)
        for verb in _VERB.finditer(text, start, end):
            frames.add_reporting(verb)
        if "vote" in text:
            for day in _VOTE_DAY.finditer(text, start, end):
                frames.add(day.start("day"), day.end("day"))
            for day in _DAY_BEFORE_VOTE.finditer(text, start, end):
                frames.add(day.start(), day.end())
            for judged in _JUDGED_VOTE.finditer(text, start, end):
                # the pattern holds the vote's two figures (no count needed: "219-to-212"
                # is one number to find_numbers)
                frames.spans.append((judged.start("judging"), judged.end("judging")))
    return frames.merged()


class _Frames:
    """The frames of one text as they are found, each in a sentence with enough counts."""

    def __init__(self, text: str, numbers: Sequence[Number]) -> None:
        self.text = text
        self.numbers = numbers
        self.number_starts = [number.start for number in numbers]
        self.counting: dict[int, bool] = {}  # a number's index: whether it counts
        self.starts = sentence_starts(text)
        self.spans: list[tuple[int, int]] = []

    def sentences_with_numbers(self) -> list[tuple[int, int]]:
        """The stretches of sentences that hold two numbers or more, or one share.

        Only there can a frame frame a tally; the patterns read no other sentence (most
        sentences of a report hold one number or none). Years and dates still count
        here: which numbers count is asked later, of the few sentences left.
        """
        stretches: list[tuple[int, int]] = []
        numbers, starts, text = self.numbers, self.starts, self.text  # bound once: a loop
        index = 0
        while index < len(numbers):
            sentence = bisect.bisect_right(starts, numbers[index].start) - 1
            end = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
            last = bisect.bisect_left(self.number_starts, end, index)
            if (
                last - index > 1
                or PERCENT_UNIT.match(text, numbers[index].end) is not None
                or _PAIRED.match(text, numbers[index].end) is not None  # "219-to-212"
            ):
                if stretches and stretches[-1][1] == starts[sentence]:
                    stretches[-1] = (stretches[-1][0], end)
                else:
                    stretches.append((starts[sentence], end))
            index = max(last, index + 1)
        return stretches

    def counts_in(self, start: int, end: int, most: int = 2) -> list[Number]:
        """The first ``most`` numbers of ``text[start:end]`` that count (no year, date)."""
        found = []
        index = bisect.bisect_left(self.number_starts, start)
        while index < len(self.numbers) and self.numbers[index].start < end:
            counting = self.counting.get(index)
            if counting is None:  # asked once per number, and only in a sentence looked at
                number = self.numbers[index]
                counting = not only_names(self.text, number) and not is_ordinal(number)
                self.counting[index] = counting
            if counting:
                found.append(self.numbers[index])
                if len(found) == most:
                    break
            index += 1
        return found

    def sentence(self, at: int) -> tuple[int, int]:
        """Where the sentence that holds ``at`` starts and where its words end."""
        index = bisect.bisect_right(self.starts, at) - 1
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1] in " \t\n.\"”’')":
            end -= 1
        return start, end

    def enough_counts(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds two counts, or one share, for a tally."""
        counts = self.counts_in(start, end)
        return len(counts) == 2 or (
            len(counts) == 1 and PERCENT_UNIT.match(self.text, counts[0].end) is not None
        )

    def holds_count(self, start: int, end: int) -> bool:
        return bool(self.counts_in(start, end, 1))

    def is_subject(self, start: int, end: int, limit: int) -> bool:
        """Whether ``text[start:end]`` can be the subject of a frame: words, no figure."""
        words = _WORD.findall(self.text, start, end)
        return (
            0 < len(words) <= limit
            and words[0].lower() not in _NO_SUBJECT_START
            and words[-1].lower() not in _DETERMINERS
            and not any(word.lower() in _QUANTITY for word in words)
            and not any(mark in self.text[start:end] for mark in _NO_SUBJECT_MARKS)
            and not self.holds_count(start, end)
            and _POLLED.search(self.text, start, end) is None
        )

    def inside(self, comma: int, end: int, sentence_start: int, sentence_end: int) -> int:
        """Where a frame that ``comma`` opens closes inside its sentence, or 0.

        The frame's words end at ``end``, where a comma must follow (after a time: "said
        on Monday,"); a count stands before ``comma`` and one after the closing comma, so
        the frame sits between figures of one tally ("... 120 votes to 9, the UN said, with
        35 abstentions"). The span to take out runs from ``comma`` to the closing comma.
        """
        close = _INSIDE_CLOSE.match(self.text, end, sentence_end)
        if close is None or not self.holds_count(sentence_start, comma):
            return 0
        return close.end() if self.holds_count(close.end(), sentence_end) else 0

    def add(self, start: int, end: int) -> None:
        """Add the frame ``text[start:end]`` where its sentence holds enough counts."""
        sentence_start, sentence_end = self.sentence(start)
        if self.enough_counts(sentence_start, sentence_end):
            self.spans.append((start, end))

    def add_source(self, source: re.Match[str]) -> None:
        """Add "According to X, " opening a sentence, ", according to X" closing it or inside it."""
        text = self.text
        sentence_start, sentence_end = self.sentence(source.start())
        named = None
        if source.start() == sentence_start or text.startswith(", ", source.start() - 2):
            named = _SOURCE.match(text, source.end(), sentence_end)
            if (
                source.start() == sentence_start
                and named is not None
                and not self.holds_count(named.start(), named.end())
                and _POLLED.search(text, named.start(), named.end()) is None
                and self.enough_counts(named.end(), sentence_end)
            ):
                self.spans.append((source.start(), named.end() + 2))
                return
        if text.startswith(", ", source.start() - 2) and named is not None:
            inside = self.inside(source.start() - 2, named.end(), sentence_start, sentence_end)
            if (
                inside
                and len(_WORD.findall(text, named.start(), named.end())) <= _MAX_CLOSING
                and not self.holds_count(named.start(), named.end())
                and _POLLED.search(text, named.start(), named.end()) is None
            ):
                # "Forty people died, according to WHO, and 120 were hospitalized"
                self.spans.append((source.start() - 2, inside))
                return
        if (
            text.startswith(", ", source.start() - 2)
            and sentence_end - source.end() <= _SUBJECT_REACH
            and len(_WORD.findall(text, source.end(), sentence_end)) <= _MAX_CLOSING
            and not any(mark in text[source.end() : sentence_end] for mark in ",;:()")
            and not self.holds_count(source.end(), sentence_end)
            and _POLLED.search(text, source.end(), sentence_end) is None
            and self.enough_counts(sentence_start, source.start())
        ):
            self.spans.append((source.start() - 2, sentence_end))

    def add_reporting(self, verb: re.Match[str]) -> None:
        """Add the reporting frame whose verb is ``verb``: one that opens, or closes."""
        text = self.text
        sentence_start, sentence_end = self.sentence(verb.start())
        if not self.enough_counts(sentence_start, sentence_end):
            return  # most verbs of a report: a sentence with no tally to frame
        # what is read around each verb is bounded: a long sentence of many verbs is not
        # read whole again for each
        reach = max(sentence_start, verb.start() - _SUBJECT_REACH)
        comma = text.rfind(", ", reach, verb.start())
        subject_start = sentence_start if comma < 0 else comma + 2
        if subject_start < reach:
            return  # a subject too long for a frame
        may_close = comma >= 0 and sentence_end - verb.end() <= _SUBJECT_REACH
        if subject_start == verb.start():  # ", said the spokesperson."
            close = text.find(", ", verb.end(), sentence_end)
            if (
                close > verb.end()
                and verb["say"] is not None
                and self.is_subject(verb.end(), close, _MAX_CLOSING)
                and _FINITE.search(text, verb.end(), close) is None
                and (inside := self.inside(comma, close, sentence_start, sentence_end))
            ):
                # ", said a spokesperson, with 35 abstentions": a frame inside the sentence
                self.spans.append((comma, inside))
                return
            if (
                may_close
                and verb["say"] is not None
                and _FINITE.search(text, verb.end(), sentence_end) is None
                and self.is_subject(verb.end(), sentence_end, _MAX_CLOSING)
                and self.enough_counts(sentence_start, comma)
            ):
                self.spans.append((comma, sentence_end))
            return
        if not self.is_subject(subject_start, verb.start(), _MAX_SUBJECT):
            return
        if comma >= 0 and (inside := self.inside(comma, verb.end(), sentence_start, sentence_end)):
            # inside: "by 120 votes to 9, the UN said, with 35 abstentions"
            if self.is_subject(subject_start, verb.start(), _MAX_CLOSING):
                self.spans.append((comma, inside))
            return
        # closing: ", the report said." ("said" may be followed by a time: "said on Monday")
        if may_close and (
            verb.end() == sentence_end or self.is_subject(verb.end(), sentence_end, 4)
        ):
            if self.is_subject(subject_start, verb.start(), _MAX_CLOSING) and self.enough_counts(
                sentence_start, comma
            ):
                self.spans.append((comma, sentence_end))
            return
        # opening: "The report said 26 ...", "the government on Wednesday said over 93 ..."
        end = verb.end()
        that = _THEN_THAT.match(text, end, sentence_end)
        if that is not None and not self.holds_count(end, that.end()):
            end = that.end()
        elif (
            verb["say"] is not None
            and text.startswith(" ", end)
            and (
                _NO_CLAUSE_AFTER.match(text, end) is None
                or (
                    (figure := _FIGURE_CLAUSE_AFTER.match(text, end)) is not None
                    and self.counts_in(figure.end(), figure.end() + 1, 1)
                )
            )
        ):
            end += 1  # "said 26 peacekeepers ... died": "say" takes a clause, no object
        else:
            return  # "reported 41 deaths and ...": the object, which the readers know so
        if comma >= 0 and self.holds_count(sentence_start, comma):
            return  # "Of the 9 officers investigated, he said four ...": a whole before
        if self.enough_counts(end, sentence_end):
            self.spans.append((subject_start, end))

    def merged(self) -> list[EarlierFigures]:
        """The frames found, in order, overlapping ones joined."""
        frames: list[EarlierFigures] = []
        for start, end in sorted(self.spans):
            if frames and start < frames[-1].end:
                frames[-1] = EarlierFigures(frames[-1].start, max(end, frames[-1].end), ())
            else:
                frames.append(EarlierFigures(start, end, ()))
        return frames
