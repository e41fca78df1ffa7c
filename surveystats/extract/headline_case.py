"""Headlines in Title Case, read as the sentences they are.

press.un.org, UN News and the releases of the agencies print a headline with a capital on
every word but the small ones: "General Assembly Adopts 59 Third Committee Draft
Resolutions, Defers Action on 4 Closely Watched Texts", "Text Passes by 137 Votes in
Favour to 12 against, with 17 Abstentions", "Committee Recommends Status to 2 Entities,
Rejects 5, Postpones Consideration of 93 Others". The readers know the words of a vote or
of an action in lower case, as running prose writes them, and a capital also tells them
where a name starts: in a headline every word looks like one.

:func:`sentence_case` finds such a headline (short, nearly every word that is not a small
word of :data:`SMALL_WORDS` capitalised) and writes it as a sentence: the first word of
each sentence, acronyms, words with an inner capital ("McDonald"), the names of bodies (a
run of capitalised words that ends on a body's noun: "General Assembly", "Non-Governmental
Organizations Committee", "Third Committee", "Member States") and the word after a title
("Ms. Iyer") keep their capitals; every other word loses its first (and the first after
each hyphen: "Seventy-Seventh" -> "seventy-seventh"). The sentence has the headline's
length, so offsets read in it are offsets in the headline; :func:`restore_written_case`
gives the labels read there the headline's own letters. Other names lose their capital
too ("Afghanistan" -> "afghanistan"): a reader that needs one reads the headline as
written, and the reader of a paragraph keeps the sentence's reading only where it reads
more figures. One pass over at most :data:`HEADLINE_LENGTH` characters: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.roles import role_of
from surveystats.extract.tally_parts import Tally

__all__ = ["HEADLINE_LENGTH", "SMALL_WORDS", "restore_written_case", "sentence_case"]

#: The longest text read as a headline (press.un.org's run to some 250 characters).
HEADLINE_LENGTH = 400

#: Words a Title Case headline leaves in lower case (and a sentence too): articles,
#: conjunctions and prepositions, which tell nothing of the style.
SMALL_WORDS = frozenset(
    """a an the and but or nor for of on in at to by with from as into onto over amid via
    per than upon under after before among between against about without within across
    through during since until vs versus up out off its it is are was were be""".split()  # noqa: SIM905
)

# A word: letters, with the hyphens and apostrophes inside it.
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# The nouns that end a body's name: "General Assembly", "Security Council", "Committee on
# Non-Governmental Organizations", "United Nations", "Member States".
_BODY_HEADS = frozenset(
    """Assembly Council Committee Commission Conference Court Tribunal Board Secretariat
    Nations Union Agency Fund Programme Program Mission Office Forum Parliament Bank
    Organization Organisation""".split()  # noqa: SIM905
)
# Small words that may stand inside a body's name: "Economic and Social Council".
_NAME_JOINS = frozenset(("and", "of", "on", "for", "the"))
# The titles before a person's name: the name after keeps its capital.
_TITLES = frozenset(("Mr.", "Ms.", "Mrs.", "Dr.", "Sir", "Dame", "Mr", "Ms", "Mrs", "Dr"))
# Where a sentence ends: the word after opens the next one and keeps its capital.
_SENTENCE_END = re.compile(r"[.!?]\s{1,3}$")


# A word of five letters or more in lower case that is no small word: running prose has
# many, a headline in Title Case next to none (a cheap test before the words are read).
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{4,}")


def _is_prose(text: str) -> bool:
    """Whether ``text`` holds three lower-case words that are not small ones."""
    seen = 0
    for match in _LOWER_WORD.finditer(text):
        if match.group() not in SMALL_WORDS:
            seen += 1
            if seen == 3:
                return True
    return False


def _is_capitalised(word: str) -> bool:
    """Whether ``word`` opens on a capital and goes on in lower case ("Adopts", "Non-Voting")."""
    return word[0].isupper() and any(letter.islower() for letter in word)


def _is_title_case(words: list[re.Match[str]]) -> bool:
    """Whether nearly every word that is not a small one is capitalised, four at least."""
    capitalised = lowered = 0
    for match in words:
        word = match.group()
        if word.lower() in SMALL_WORDS or len(word) < 2 or word.isupper():
            continue
        if _is_capitalised(word):
            capitalised += 1
        else:
            lowered += 1
    return capitalised >= 4 and lowered * 8 <= capitalised


def _kept(text: str, words: list[re.Match[str]]) -> set[int]:
    """The indexes of the words that keep their capital in the sentence."""
    kept: set[int] = set()
    run: list[int] = []  # the capitalised words of one name, small joins between them
    for index, match in enumerate([*words, None]):
        word = match.group() if match is not None else ""
        joined = (
            match is not None
            and run
            and not text[words[index - 1].end() : match.start()].strip()  # no mark between
        )
        if match is not None and _is_capitalised(word) and (joined or not run):
            run.append(index)
            continue
        if match is not None and joined and word in _NAME_JOINS:
            run.append(index)
            continue
        heads = [at for at in run if words[at].group() in _BODY_HEADS]
        if not heads and len(run) >= 2:  # "Member States"
            heads = [at for at in run[1:] if words[at].group() == "States"]
            heads = [at for at in heads if words[at - 1].group() == "Member"]
        if not heads and len(run) >= 2 and words[run[0]].group() == "United":
            heads = run[-1:]  # "United States", "United Republic of Tanzania"
        if heads:
            kept.update(at for at in run if at <= heads[-1])
        run = [index] if match is not None and _is_capitalised(word) else []
    for index, match in enumerate(words):
        word = match.group()
        before = text[max(0, match.start() - 8) : match.start()]
        if (
            index == 0
            or _SENTENCE_END.search(before)
            or word.isupper()
            or (
                any(letter.isupper() for letter in word[1:].replace("-", ""))
                and not _is_hyphenated_title(word)
            )
            or (index and words[index - 1].group().rstrip(".") + "." in _TITLES)
        ):
            kept.add(index)
    return kept


def _is_hyphenated_title(word: str) -> bool:
    """Whether each piece of a hyphenated word is capitalised: "Non-Voting", "Seventy-Seventh"."""
    pieces = [piece for piece in word.split("-") if piece]
    return len(pieces) > 1 and all(piece[:1].isupper() and piece[1:].islower() for piece in pieces)


def _lowered(word: str) -> str:
    """``word`` with the capital of each of its pieces lowered, of the same length."""
    return "-".join(
        piece[:1].lower() + piece[1:] if len(piece[:1].lower()) == 1 else piece
        for piece in word.split("-")
    )


def sentence_case(text: str) -> str | None:
    """``text`` written as a sentence where it is a headline in Title Case, else None.

    Parameters
    ----------
    text
        One paragraph.

    Returns
    -------
    str or None
        The headline with the capitals of its common words lowered (the same length, so
        that every offset stays), or None for a text that is no Title Case headline. A
        headline wholly in capitals (six words or more) is read as in Title Case first.

    Examples
    --------
    >>> sentence_case("General Assembly Adopts 59 Draft Resolutions, Defers Action on 4 Texts")
    'General Assembly adopts 59 draft resolutions, defers action on 4 texts'
    >>> sentence_case("Non-Governmental Organizations Committee Recommends Status to 2 Entities")
    'Non-Governmental Organizations Committee recommends status to 2 entities'
    >>> sentence_case("The Committee adopted 12 texts and rejected 3.") is None
    True
    >>> sentence_case("SECURITY COUNCIL EXTENDS MANDATE, UNANIMOUSLY ADOPTING RESOLUTION 1677")
    'Security Council extends mandate, unanimously adopting resolution 1677'
    """
    if len(text) > HEADLINE_LENGTH or _is_prose(text):
        return None
    written = text
    words = list(_WORD.finditer(text))
    if not _is_title_case(words):
        if not _is_in_capitals(words):
            return None
        # "SECURITY COUNCIL EXTENDS MANDATE ..., UNANIMOUSLY ADOPTING RESOLUTION 1677": read
        # as the Title Case headline it would be, then as a sentence
        text = _WORD.sub(_title_word, text)
        words = list(_WORD.finditer(text))
    kept = _kept(text, words)
    pieces = []
    last = 0
    for index, match in enumerate(words):
        if index in kept or not _is_capitalised(match.group()):
            continue
        pieces.append(text[last : match.start()])
        pieces.append(_lowered(match.group()))
        last = match.end()
    pieces.append(text[last:])
    sentence = "".join(pieces)
    return sentence if sentence != written and len(sentence) == len(written) else None


def _is_in_capitals(words: list[re.Match[str]]) -> bool:
    """Whether every word is in capitals, six words of two letters or more at least."""
    long_words = [match.group() for match in words if len(match.group()) > 1]
    return len(long_words) >= 6 and all(word.isupper() for word in long_words)


def _title_word(match: re.Match[str]) -> str:
    """A word in capitals as Title Case writes it: "ADOPTING" -> "Adopting", "OF" -> "of"."""
    word = match.group()
    if word.lower() in SMALL_WORDS:
        return word.lower()
    return "-".join(piece[:1] + piece[1:].lower() for piece in word.split("-"))


def restore_written_case(tallies: list[Tally], written: str, sentence: str) -> None:
    """Give the labels read in ``sentence`` the letters ``written`` has there.

    A category, counted noun, subject or base that the sentence holds within its tally's
    span is written as the headline writes it ("Defers Action", not "defers action"); the
    standard names of a vote's sides ("in favour", "abstentions") stay as they are.

    >>> from surveystats.extract.tally_parts import Part
    >>> written = "Panel Grants 9 Requests, Denies 4"
    >>> tally = Tally("breakdown", 6, 33, [Part("grants", 9, 6, 23), Part("denies", 4, 25, 33)])
    >>> restore_written_case([tally], written, sentence_case(written))
    >>> [part.category for part in tally.parts]
    ['Grants', 'Denies']
    """

    def written_as(label: str | None, start: int, end: int) -> str | None:
        if not label:
            return label
        at = sentence.find(label, start, end)
        return written[at : at + len(label)] if at >= 0 else label

    for tally in tallies:
        low, high = max(0, tally.start - 200), min(len(sentence), tally.end + 200)
        tally.subject = written_as(tally.subject, low, high)
        for part in tally.parts:
            if role_of(part.category) in (None, "other"):
                part.category = written_as(part.category, low, high)
            part.counted = written_as(part.counted, low, high)
            part.base = written_as(part.base, low, high)
