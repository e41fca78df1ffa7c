"""Counts glued to the word before or after them, read with a blank between, offsets kept.

UN web pages and OCR text lose the blank between a count and a word next to it: "by a
recorded vote of20 in favour to 22 against", "11women are serving as Head of State". A
digit beside a letter is never a number to the lexicon, rightly so for "A/RES/56", "CO2",
"G77", "H2O", "1990s", "2nd", "km2", "10am", so such a count is lost to every reader.
:func:`separate_glued_counts` gives the readers the text with a blank put back in the
clear cases only:

- a function word glued before a count ("of20", "to3", "by14", "and12", "with7") that is
  followed by a blank and a word or by punctuation, and
- a count glued before a plural noun that counts people, bodies or texts ("11women",
  "20votes", "12States", "40abstentions"), never before a unit, an ordinal's or a
  decade's ending or a symbol's letters, and
- a count glued after the comma that ends a word ("The 288 enumerators,130 female and 158
  male"), where a blank and a word follow the count and it is an item of a list: a count
  stands before it in its sentence and another after "and" or a comma soon after it. A
  footnote marker glued to a comma ("some 3.6 million people,15 although ...") is none.
- a count glued after the full stop that ends a sentence, where it opens the next one
  with its counted noun ("... as a non-member observer state.138 member states voted in
  favour"): a word of three letters or more, no abbreviation of a reference ("para.3",
  "Rev.1", "Vol.2"), before the stop, and a word in lower case or a counted plural
  after the count. A footnote marker after a stop opens no such sentence ("... the
  Assembly.12 The Committee ...").

:func:`find_glued_notes` finds the digits glued to the end of a word that are none of
these: a note's number, as the Official Document System exports it ("the Fourth World
Conference on Women4 and ...", "110 in favour3, 4 against"). They are no count, and the
words they are glued to are read without them; :func:`find_notes_after_counts` finds
those glued to a count's last group of thousands ("including 20,0001 to ...").

Unlike :func:`~surveystats.extract.ocr_words.repair_ocr_words`, which rewrites a word
within its own length, this repair lengthens the text: the :class:`Separated` text it
returns maps every offset read in it back into the written text, and says which spans
hold a blank it put in, so that a tally read over one is marked ``ocr_corrected`` as
every other OCR repair is.
"""

from __future__ import annotations

import bisect
import functools
import re
import string
from collections.abc import Collection, Iterable, Iterator
from typing import NamedTuple, Protocol

__all__ = [
    "COUNTED_PLURALS",
    "GLUING_WORDS",
    "REFERENCE_ABBREVIATIONS",
    "Separated",
    "digit_after_letter",
    "find_glued_notes",
    "find_notes_after_counts",
    "separate_glued_counts",
]

#: The function words a count is glued after ("of20", "to3"), in lower case: words that
#: stand right before a count in UN prose, none of them a unit or a symbol's letters.
GLUING_WORDS = frozenset(
    """of to by and or with than from for at on the were was are some about nearly almost
    over only""".split()  # noqa: SIM905
)

#: The plural nouns a count is glued before ("11women", "12States"), in lower case: the
#: people, bodies, texts and events UN documents count. No unit ("km", "hours"), no
#: ending of an ordinal or a decade ("st", "s") and no letters of a symbol are among them.
COUNTED_PLURALS = frozenset(
    """women men children girls boys persons people individuals adults youths refugees
    migrants victims casualties deaths fatalities civilians soldiers troops officers
    observers experts judges members states countries nations governments delegations
    parties respondents replies responses answers submissions questionnaires votes
    abstentions ballots seats candidates representatives participants employees workers
    teachers students pupils schools hospitals cases incidents attacks complaints
    communications petitions applications requests reports resolutions decisions
    recommendations proposals amendments meetings sessions projects programmes programs
    posts vacancies appointments nominations territories regions organizations entities
    institutions agencies offices missions households families villages communities
    speakers signatories ratifications accessions reservations objections""".split()  # noqa: SIM905
)

# A paragraph's ASCII bytes with each letter written "a" and each digit "0" ("\d" would
# take every script's digits); every other character stays itself, one that is not ASCII
# the "?" standing for it, so that the kinds are as long as the paragraph.
_AS_KIND_BYTE = bytes.maketrans(
    (string.ascii_letters + string.digits).encode(), b"a" * 52 + b"0" * 10
)
# A digit beside a letter, in a paragraph's kinds: the one place where a count may be
# glued. Opening on one literal byte, the search skips from digit to digit several times
# faster than a search of the text for a class of digits, and most paragraphs have none
# beside a letter.
_DIGIT_BY_LETTER = re.compile(rb"0(?:(?<=a0)|(?=a))")
# The kinds that a glued count or note needs, each searched from its digit, the one
# literal the engine skips to: ``bytes.find`` of "a0" stops at every letter of the kinds,
# and took three times as long.
_DIGIT_AFTER_LETTER = re.compile(rb"0(?<=a0)")  # "abstentions12"
_DIGIT_AFTER_COMMA = re.compile(rb"0(?<=a,0)")  # "enumerators,130"
_DIGIT_AFTER_STOP = re.compile(rb"0(?<=a\.0)")  # "state.138"
_DIGIT_AFTER_WORD = re.compile(rb"0(?<=aaa0)")  # "favour3": a word of three letters or more


@functools.lru_cache(maxsize=4)
def _kinds_of(text: str) -> bytes:
    """The kinds of ``text`` (:data:`_AS_KIND_BYTE`), kept for the last few texts.

    The dispatcher asks for a paragraph's kinds three times (:func:`digit_after_letter`,
    :func:`separate_glued_counts`, :func:`find_glued_notes`): they are made once.
    """
    return text.encode("ascii", "replace").translate(_AS_KIND_BYTE)


# A count in digits, its thousands separated by commas ("1,234"), and its decimals ("4.5").
_COUNT = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+")
_DECIMALS = re.compile(r"\.[0-9]+")
# What may follow a count glued after a function word: a blank and a word or a bracket
# ("to3 (Cuba, Yemen)"), or a mark of punctuation that ends its clause (not a decimal
# point or a thousands comma).
_CLAUSE_GOES_ON = re.compile(r"[ \t\n]+[A-Za-z(]|[,;:.)](?![0-9])|$")
_LETTERS = re.compile(r"[A-Za-z]+")
# Before a word glued to a count, or a count glued to a word: what opens a word (not a
# letter or digit of the same token, nor a symbol's "/", ".", "-", nor a currency sign).
_TOKEN_CHARACTERS = frozenset("./-_\\$€£¥+'’")
# After a glued noun: what makes it part of a code or a compound, not a word of its own.
_CODE_GOES_ON = frozenset("0123456789-_/")


def digit_after_letter(text: str) -> bool:
    """Whether a digit follows a letter anywhere in ``text``: one search of its kinds.

    Far cheaper than a search of the text itself for a letter before a digit, which the
    engine tries at every character.

    >>> digit_after_letter("with 20 abstentions12."), digit_after_letter("with 20 abstentions.")
    (True, False)
    """
    return _DIGIT_AFTER_LETTER.search(_kinds_of(text)) is not None


def _opens_word(text: str, start: int) -> bool:
    """Whether ``text[start]`` opens a token: nothing of a word or symbol is before it."""
    if start == 0:
        return True
    before = text[start - 1]
    return not before.isalnum() and before not in _TOKEN_CHARACTERS


def _in_lower_or_capitalised(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``words`` written in lower case or capitalised ("Of").

    An acronym in capitals ("OF", "TO") is no function word.
    """
    lower = word.lower()
    return lower in words and word in (lower, lower.capitalize())


def _glued_plural(text: str, start: int) -> bool:
    """Whether a known plural noun starts at ``start`` and ends its word ("women are")."""
    word = _LETTERS.match(text, start)
    if word is None or text[word.end() : word.end() + 1] in _CODE_GOES_ON:
        return False  # "20women-only", "4votes2": part of a compound or a code
    written = word.group()
    # "States" as the UN writes it, "women", "Women"; not "WOMEN", which may be a code
    return written.lower() in COUNTED_PLURALS and not (len(written) > 1 and written.isupper())


def _blanks_needed(text: str, kinds: bytes, keep: Collection[int]) -> list[int]:
    """Where ``text`` needs a blank put in, in order: each a position in ``text``.

    ``kinds`` are its characters' kinds (:data:`_AS_KIND_BYTE`). ``keep`` are starts of
    footnote markers the document lists: digits glued to a word there are the marker,
    never a count.
    """
    places: list[int] = []
    searched_to = 0
    for hit in _DIGIT_BY_LETTER.finditer(kinds):
        at = hit.start()
        if at < searched_to:
            continue  # a digit of a count already looked at
        if text[at - 1 : at].isalpha():  # a word glued before: "of20"
            word_start = at
            while word_start > 0 and text[word_start - 1].isalpha():
                word_start -= 1
            end = _COUNT.match(text, at).end()  # type: ignore[union-attr]  # at a digit: one
            searched_to = end
            if (
                at in keep
                or not _opens_word(text, word_start)
                or not _in_lower_or_capitalised(text[word_start:at], GLUING_WORDS)
            ):
                continue
            if text[end : end + 1].isalpha():  # "of20votes": the noun glued too
                if _glued_plural(text, end):
                    places += [at, end]
                continue
            if decimals := _DECIMALS.match(text, end):
                end = decimals.end()
            if _CLAUSE_GOES_ON.match(text, end):
                places.append(at)
        else:  # the last digit of a count glued before a word: "11women"
            end = at + 1
            searched_to = end
            start = end
            while start > 0 and text[start - 1] in "0123456789,":
                start -= 1
            count = _COUNT.match(text, start)
            if (
                count is None
                or count.end() != end
                or start in keep
                or not _opens_word(text, start)
                or not _glued_plural(text, end)
            ):
                continue
            places.append(end)
    return places


# A count right after a comma that ends a word, in a paragraph's kinds ("enumerators,130").
_COMMA_BEFORE_COUNT = b"a,0"
# After a count glued to a comma: a blank and a word or a bracket goes on with its clause,
# and a later item of its list soon after ("130 female and 158 male").
_LIST_GOES_ON = re.compile(r"[ \t\n]+[A-Za-z(][^.;:\d]{0,60}?(?:,|\band)\s{1,3}[0-9]")
# A count before the comma in its sentence: the whole or an earlier item of the list.
_COUNT_BEFORE = re.compile(r"[0-9][^.;:]{0,120}$")
_COUNT_BEFORE_REACH = 130
_MIN_WORD_BEFORE_COMMA = 2  # "A,1" and "I,2" may be a list of references


def _blanks_after_commas(text: str, kinds: bytes, keep: Collection[int]) -> list[int]:
    """Where a count glued to the comma after a word starts ("enumerators,130 female").

    >>> text = "The 288 enumerators,130 female and 158 male"
    >>> _blanks_after_commas(text, text.encode().translate(_AS_KIND_BYTE), ())
    [20]
    """
    places = []
    for at, word_start in _counts_after_mark(text, kinds, _COMMA_BEFORE_COUNT):
        last_letter = at - 2
        count = _COUNT.match(text, at)
        if (
            count is not None
            and at not in keep
            and at - 1 - word_start >= _MIN_WORD_BEFORE_COMMA
            and _opens_word(text, word_start)
            and _LIST_GOES_ON.match(text, count.end())
            and _COUNT_BEFORE.search(text, max(0, last_letter - _COUNT_BEFORE_REACH), at - 1)
        ):
            places.append(at)
    return places


def _counts_after_mark(text: str, kinds: bytes, mark: bytes) -> Iterator[tuple[int, int]]:
    """Where each count glued to a mark after a word starts, and where the word starts.

    ``mark`` is three kinds (a letter, the mark, a digit) searched in the paragraph's
    ``kinds``, one byte a character.
    """
    found = kinds.find(mark)
    while found >= 0:
        at = found + 2  # the count's first digit
        word_start = found + 1
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        yield at, word_start
        found = kinds.find(mark, at)


# A count right after a full stop that ends a word, in a paragraph's kinds ("state.138").
_STOP_BEFORE_COUNT = b"a.0"
#: Words written before a number with a stop and no blank that abbreviate a reference
#: ("para.3", "Rev.1", "Add.2", "Vol.12", "Art.5"), in lower case: no sentence ends there.
REFERENCE_ABBREVIATIONS = frozenset(
    """para paras art arts vol vols fig figs chap sect sec secs nos nr rev add corr suppl
    supp amend res doc ref refs tab app ann annex reg ser sch ibid approx est tel ext min
    max""".split()  # noqa: SIM905
)
_MIN_WORD_BEFORE_STOP = 3  # "e.g.5", "p.12", "No.3": too short to end a sentence
# After a count glued to a stop: a blank and the next sentence's word, in lower case
# ("138 member states") or a counted plural ("138 Member States", "12 States").
_SENTENCE_GOES_ON = re.compile(r"[ \t]+(?:(?P<lower>[a-z])|(?P<word>[A-Z][a-z]+)\b)")


def _blanks_after_stops(text: str, kinds: bytes, keep: Collection[int]) -> list[int]:
    """Where a count glued to the full stop after a sentence's last word starts.

    >>> text = "voted in as an observer state.138 member states voted in favour"
    >>> _blanks_after_stops(text, text.encode().translate(_AS_KIND_BYTE), ())
    [30]
    >>> text = "see para.3 of the report, and the Assembly.12 The Committee met"
    >>> _blanks_after_stops(text, text.encode().translate(_AS_KIND_BYTE), ())
    []
    """
    places = []
    for at, word_start in _counts_after_mark(text, kinds, _STOP_BEFORE_COUNT):
        word = text[word_start : at - 1]
        count = _COUNT.match(text, at)
        after = _SENTENCE_GOES_ON.match(text, count.end()) if count is not None else None
        if (
            after is not None
            and at not in keep
            and len(word) >= _MIN_WORD_BEFORE_STOP
            and word in (word.lower(), word.capitalize())
            and word.lower() not in REFERENCE_ABBREVIATIONS
            and _opens_word(text, word_start)
            and (
                after["lower"] is not None
                or after["word"].lower() in COUNTED_PLURALS
                or after["word"] == "Member"
            )
        ):
            places.append(at)
    return places


class _Span(Protocol):
    start: int
    end: int


class Separated(NamedTuple):
    """A text with a blank put in between each glued count and its word.

    A named pair, not a frozen dataclass: one is made for every paragraph read, and a
    tuple is made several times faster.

    Attributes
    ----------
    text
        The text as the readers read it.
    blanks
        Where each blank put in stands in ``text``, in order (empty: ``text`` is the
        written text itself).
    """

    text: str
    blanks: tuple[int, ...] = ()

    def written(self, position: int) -> int:
        """The offset in the written text of ``position`` in :attr:`text`.

        >>> Separated("of 20 in favour", (2,)).written(3)
        2
        """
        return position - bisect.bisect_left(self.blanks, position)

    def read(self, position: int) -> int:
        """The offset in :attr:`text` of ``position`` in the written text.

        >>> Separated("of 20 in favour", (2,)).read(2)
        3
        """
        moved = 0
        for blank in self.blanks:
            if blank - moved > position:
                break
            moved += 1
        return position + moved

    def touches(self, start: int, end: int) -> bool:
        """Whether a span of :attr:`text` holds a blank put in, or one is right at its ends.

        A blank right before a span separates the count it opens from the word before
        ("of 20 in favour" read from "20"); right after, its last count from its noun.
        """
        first = bisect.bisect_left(self.blanks, start - 1)
        return first < len(self.blanks) and self.blanks[first] <= end

    def restore(self, spans: Iterable[_Span]) -> None:
        """Move ``start`` and ``end`` of each span read in :attr:`text` into the written text.

        In place: the spans are the readers' own objects (tallies and their parts, facts).
        """
        for span in spans:
            span.start, span.end = self.written(span.start), self.written(span.end)


#: ``Separated`` from the tuple of its fields, without the Python frame of a named
#: tuple's ``__new__``: the text of most paragraphs, returned as it is.
_unchanged = functools.partial(tuple.__new__, Separated)


def separate_glued_counts(text: str, *, keep: Collection[int] = ()) -> Separated:
    """``text`` with a blank between each count and the word glued to it, where clear.

    Parameters
    ----------
    text
        One paragraph.
    keep
        Offsets in ``text`` where a footnote marker the document lists starts: digits
        glued to a word there stay as they are ("Women4").

    Returns
    -------
    Separated
        The text the readers read, and where the blanks put in stand in it; ``text``
        itself, with no blanks, where no count is glued to a word.

    Examples
    --------
    >>> separate_glued_counts("a recorded vote of20 in favour to 22 against").text
    'a recorded vote of 20 in favour to 22 against'
    >>> separate_glued_counts("As of 2019, 11women serve").blanks
    (14,)
    >>> separate_glued_counts("A/RES/56/203, CO2, H2O, G77, the 1990s, 21st, 5km, para.3").blanks
    ()
    >>> separate_glued_counts("The 288 enumerators,130 female and 158 male").text
    'The 288 enumerators, 130 female and 158 male'
    """
    kinds = _kinds_of(text)
    places = _blanks_needed(text, kinds, keep) if _DIGIT_BY_LETTER.search(kinds) else []
    if _DIGIT_AFTER_COMMA.search(kinds):  # "enumerators,130 female": rare, found fast
        places = sorted(places + _blanks_after_commas(text, kinds, keep))
    if _DIGIT_AFTER_STOP.search(kinds):  # "observer state.138 member states": as rare
        places = sorted(places + _blanks_after_stops(text, kinds, keep))
    if not places:
        return _unchanged((text, ()))
    pieces, last = [], 0
    for place in places:
        pieces.append(text[last:place])
        last = place
    pieces.append(text[last:])
    return Separated(" ".join(pieces), tuple(place + i for i, place in enumerate(places)))


# One or two digits glued to the full stop that ends a paragraph's last word: the note's
# number, as a page prints it after the sentence ("... new refugees.4"). Only at
# the end: inside a paragraph the digits may open the next sentence ("state.138 member").
_NOTE_AFTER_LAST_STOP = re.compile(r"(?<![A-Za-z])(?P<word>[a-z]{3,})\.(?P<note>[0-9]{1,2})\s*$")
# One or two digits glued to the end of a word of three letters or more, in lower case,
# before a blank, a mark that ends a clause or the end: "Women4 and", "in favour3,".
_GLUED_NOTE = re.compile(r"(?<=[a-z]{3})[0-9]{1,2}(?=[,;:.)]?(?:\s|$)|[,;:.)])")
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")


def find_glued_notes(text: str, *, keep: Collection[int] = ()) -> list[tuple[int, int]]:
    """Where the digits of each note's number glued to the end of a word start and end.

    Not after a function word a count is glued to ("of20", "and12"), an abbreviation of a
    reference ("para3") or a word in capitals ("COVID19", "G77"), and not where ``keep``
    says the document lists a marker (those are read as the document says); also one or
    two digits glued to the full stop that ends the paragraph ("refugees.4").

    >>> text = "by 110 votes in favour3, 4 against and 27 abstentions4."
    >>> [text[start:end] for start, end in find_glued_notes(text)]
    ['3', '4']
    >>> find_glued_notes("a recorded vote of20 in favour, para3, COVID19 and km2.")
    []
    >>> text = "This included 2.5 million IDPs and 0.6 million refugees.4"
    >>> [text[start:end] for start, end in find_glued_notes(text)]
    ['4']
    """
    notes = []
    # The note's digits end the paragraph, but for blanks: a paragraph that ends on
    # anything else (most do) is not searched, which the engine does at every word.
    last = text.rstrip()[-1:]
    if (
        last
        and last in "0123456789"
        and (end_note := _NOTE_AFTER_LAST_STOP.search(text)) is not None
    ) and (
        end_note.start("note") not in keep
        and end_note["word"].lower() not in REFERENCE_ABBREVIATIONS
    ):
        notes.append(end_note.span("note"))  # "... and 600,000 new refugees.4": the page ends
    if _DIGIT_AFTER_WORD.search(_kinds_of(text)) is None:
        return notes  # no digit after three letters: most paragraphs, found fast
    for note in _GLUED_NOTE.finditer(text):
        word = _WORD_BEFORE.search(text, max(note.start() - 30, 0), note.start())
        if word is None or note.start() in keep:
            continue
        lower = word.group().lower()
        if lower in GLUING_WORDS or lower in REFERENCE_ABBREVIATIONS or word.group().isupper():
            continue
        notes.append(note.span())
    return notes


# One or two digits after a full group of thousands, before a blank or a mark: "20,0001 to
# Government-controlled areas", "81,8002 into areas" (the note's number glued to a count).
_NOTE_AFTER_THOUSANDS = re.compile(
    r"(?<![0-9,])[0-9]{1,3}(?:,[0-9]{3})+(?P<note>[0-9]{1,2})(?=[,;:.)]?(?:\s|$))"
)


def find_notes_after_counts(text: str) -> list[tuple[int, int]]:
    """Where the digits of each note's number glued to the end of a count start and end.

    A group of thousands has three digits; one or two more before a blank are a note's
    number that the page glued to the count ("including 20,0001 to Government-controlled
    areas and almost 81,8002 into areas ..."), and the count is read without them.

    >>> text = "including 20,0001 to A and almost 81,8002 into B, not 1,250 or 12345."
    >>> [text[start:end] for start, end in find_notes_after_counts(text)]
    ['1', '2']
    """
    if "," not in text or _FOUR_AFTER_COMMA.search(text) is None:
        return []  # no group of four digits after a comma: most paragraphs
    return [match.span("note") for match in _NOTE_AFTER_THOUSANDS.finditer(text)]


_FOUR_AFTER_COMMA = re.compile(r",[0-9]{4}")
