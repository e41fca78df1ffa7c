"""Answers of a stated sample: the shares a survey of N people found, with N their total.

A survey's findings are written after its sample in one sentence, and the shares that
answer are of that sample: "A poll of 2,050 adults, carried out by telephone between 3
and 11 March, found that 64 per cent supported the ceasefire and 22 per cent opposed it"
(total 2,050, two parts), "In a survey of 850 head teachers, 57 per cent said ..."
(total 850, one part), "A total of 3,240 households were interviewed in five districts;
almost two thirds (65 per cent) reported a fall in income", "When 960 farmers were asked
about credit, 38 per cent said ...", "UNHCR interviewed 2,600 returnees ...; 54% said
...", "Of the 1,400 women surveyed in the three regions, nearly one in four (24 per cent)
reported ...". The sample is stated in one of four forms (:data:`_SAMPLE_FORMS`): a
survey, poll or study "of" (or "among") N nouns; N nouns "were surveyed" (interviewed,
polled, asked, questioned); a verb of surveying with N nouns as its object; "Of the N
nouns surveyed". The shares then open their clause ("found that", a comma, a semicolon,
"and") before a verb of answering, as :func:`~surveystats.extract.tally_poll_shares.
read_sample_answers` reads them, and each must be a whole number of the sample as
rounded (:func:`~surveystats.extract.tally_share_whole.shares_fit_whole`).

A survey of its shares found by another reader gets the sample as its total; where none
was read (whose answer is unsaid without the sample: "..., and 42 per cent said they had
considered migrating"), the shares are read here. A one-count fact of the sample ("polled"
2,050 adults) is then no tally of its own: it is the survey's total.

None: shares of another whole ("55 per cent of women and 48 per cent of men"), shares of
a part of the sample named by a place before them ("found that in the capital, 62 per
cent ..."), a second count between the sample and the shares that is no place the
sample was drawn from, a change or a rate ("the share rose from 12 to 19 per cent", "the
poverty rate stood at 38 per cent": no answer), and shares that are no whole number of
the sample. Each sentence with a sample is scanned once: linear time.
"""

from __future__ import annotations

import bisect
import re
from fractions import Fraction

from surveystats.extract.phrases import qualifier_of
from surveystats.extract.tally_items import Item, Number, names_no_count
from surveystats.extract.tally_parts import Tally
from surveystats.extract.tally_poll_shares import read_sample_answers
from surveystats.extract.tally_share_whole import count_of, shares_fit_whole
from surveystats.text import sentence_starts

__all__ = ["SAMPLE_ANSWER_WORDS", "with_sample_answers"]

#: Literals one of which a paragraph holds where it may state a sample (a cheap gate).
SAMPLE_ANSWER_WORDS = (
    *("survey", "poll", "interview", "asked", "question", "consult", "study", "assessment"),
    "respondent",
)

_QUALIFIER = (
    r"(?:(?:some|about|around|nearly|almost|over|approximately|roughly|more\s{1,3}than"
    r"|a\s{1,3}total\s{1,3}of|at\s{1,3}least)\s{1,3})?"
)
_COUNT = r"(?P<count>\d{1,3}(?:,\d{3})+|\d{2,7}|\d{1,3}(?:\.\d{1,2})?\s{1,3}million)"
# The sample's noun: one to four words, none of them a verb of the sentence or a joint.
_NOUN = r"(?P<noun>[A-Za-z][\w’'-]*(?:\s{1,3}[a-z][\w’'-]*){0,3})"
_SURVEYED = r"(?:surveyed|interviewed|polled|questioned|consulted|sampled)"
# A place the sample was drawn from, between its noun and its verb: "from 96 countries".
_FROM_PLACES = (
    r"(?:\s{1,3}(?:from|in|across)\s{1,3}(?:(?:some|about|over)\s{1,3})?\d{1,3}"
    r"(?:\s{1,3}[a-z][\w-]*){1,2}?)?"
)
_A_SURVEY = (
    r"(?:the|a|an|this|its|their)\s{1,3}(?:[\w’'-]+\s{1,3}){0,3}?"
    r"(?:survey|poll|questionnaire|consultation|study|assessment|interviews)\b"
)
# The forms of a stated sample, each with whether its noun may count places (a survey
# "of 55 countries" asks them; one that "reached" 50 countries asked people there); each
# ends where the sample's own words end.
_SAMPLE_FORMS = (
    # "a poll of 2,050 adults", "In a survey carried out every three years of 1,500 ..."
    (
        re.compile(
            r"(?i:\b(?:survey|poll|census|study|questionnaire)(?:\s{1,3}[a-z]+){0,6}?\s{1,3}"
            rf"(?:of|among|with)\s{{1,3}}){_QUALIFIER}{_COUNT}\s{{1,3}}{_NOUN}(?=[\s,;:])"
        ),
        True,
    ),
    # "The survey, which reached 3,961 households", "the poll engaged 12,000 young people",
    # "the survey, which covered 1,520 households"
    (
        re.compile(
            r"(?i:\b(?:survey|poll|consultation|assessment)(?:[\s,]{1,3}[a-z]+){0,4}?[\s,]{1,3}"
            rf"(?:reached|reaching|covered|covering|engaged|involved|involving)\s{{1,3}})"
            rf"{_QUALIFIER}{_COUNT}\s{{1,3}}{_NOUN}"
            r"(?=[\s,;:])"
        ),
        False,
    ),
    # "3,240 households were interviewed", "When 960 farmers were asked", "4,512 young
    # people from 96 countries took part in the poll"
    (
        re.compile(
            rf"(?<![\w,.]){_QUALIFIER}{_COUNT}\s{{1,3}}{_NOUN}{_FROM_PLACES}\s{{1,3}}"
            rf"(?:(?:were|had\s{{1,3}}been|have\s{{1,3}}been)\s{{1,3}}(?:{_SURVEYED}|asked)\b"
            rf"|(?:took\s{{1,3}}part|participated|responded|replied)\s{{1,3}}(?:in|to)\s{{1,3}}{_A_SURVEY}"
            rf"|completed\s{{1,3}}{_A_SURVEY})"
        ),
        True,
    ),
    # "UNHCR interviewed 2,600 returnees", "The agency surveyed some 4,000 households"
    (
        re.compile(
            rf"\b(?:{_SURVEYED}|asked)\s{{1,3}}{_QUALIFIER}{_COUNT}\s{{1,3}}{_NOUN}(?=[\s,;:])"
        ),
        True,
    ),
    # "Of the 1,400 women surveyed", "Among the 2,000 young people interviewed"
    (
        re.compile(
            rf"\b(?:Of|Among|Out\s{{1,3}}of)\s{{1,3}}(?:the\s{{1,3}})?{_QUALIFIER}{_COUNT}"
            rf"\s{{1,3}}{_NOUN}\s{{1,3}}{_SURVEYED}\b"
        ),
        True,
    ),
    # "Across 2580 respondents in 40 palikas, 48 percent say ...", "Among the 1,200
    # interviewees": a noun that names those asked
    (
        re.compile(
            rf"\b(?:Across|Among|Of)\s{{1,3}}(?:the\s{{1,3}}|all\s{{1,3}})?{_QUALIFIER}{_COUNT}"
            r"\s{1,3}(?P<noun>(?:[a-z][\w’'-]*\s{1,3}){0,2}(?:respondents|interviewees))\b"
        ),
        True,
    ),
)
# Words that end a sample's noun: its place, time or the verb that follows.
_NOUN_STOPS = frozenset(
    (
        "in", "across", "from", "at", "on", "for", "by", "between", "during", "who", "that",
        "which", "found", "conducted", "carried", "were", "was", "had", "have", "showed",
        "shows", "and", "aged", "living", "to", "about", "surveyed", "interviewed", "polled",
    )
)  # fmt: skip
# What a sample's noun never is: what was asked or counted besides people and bodies.
_NOT_SAMPLE_NOUNS = frozenset(
    ("questions", "questionnaires", "surveys", "interviews", "years", "months", "weeks", "days",
     "times", "languages", "items", "indicators", "per", "percent")
)  # fmt: skip
# A count between the sample and its shares that names where the sample was drawn: "in 30
# countries", "across 12 provinces".
_PLACE_COUNT = re.compile(
    r"\s{1,3}(?:countries|provinces|districts|regions|cities|States|territories|locations"
    r"|camps|sites|municipalities|governorates|counties|villages|communities|towns|states)\b"
)
_IN_BEFORE = re.compile(
    r"(?:in|across|from|covering)\s{1,3}(?:(?:some|about|the|all)\s{1,3})?$", re.IGNORECASE
)
# A count of a time after the sample ("conducted every two years") or a rate or fraction in
# words that a share in parentheses restates ("one in four (24 per cent)", "three quarters
# of them (75 per cent)").
_TIME_OR_RATE = re.compile(
    r"\s{1,3}(?:years?|months?|weeks?|days?)\b|\s{1,3}in\s{1,3}\w+\s{0,3}\(|\s{0,3}\("
    r"|[\s-](?:thirds|quarters|fifths|tenths)\s{1,3}of\s{1,3}(?:them|those|these|the)\b"
)
# A place or group that opens the shares' clause: the shares are of a part of the sample.
_FRONTED_PLACE = re.compile(
    r"(?:^|[,;:]\s{0,3}|\bthat\s{1,3}|\band\s{1,3})(?i:in|among|amongst|within|outside|inside"
    r"|for)\s[^,;:.]{1,60},\s{0,3}$"
)
_REACH = 200  # characters from a sample's words to the first share of its answers
# Words of a share's own whole that name the sample as those asked.
_ASKED = re.compile(
    r"\b(?:respondents|them|those|these|interviewees|participants|surveyed|polled"
    r"|interviewed|sample)\b",
    re.IGNORECASE,
)


class _Sample:
    """A stated sample: its count (a Number), its value, its noun, where its words start and end."""

    __slots__ = ("end", "noun", "number", "start", "value")

    def __init__(self, number: Number, value: int, noun: str, start: int, end: int) -> None:
        self.number, self.value, self.noun = number, value, noun
        self.start, self.end = start, end


def _noun_of(written: str) -> str | None:
    """The sample's noun from the words after its count, up to a word of :data:`_NOUN_STOPS`.

    >>> _noun_of("small business owners across"), _noun_of("questions about")
    ('small business owners', None)
    """
    words = []
    for word in written.split():
        if word.lower() in _NOUN_STOPS:
            break
        words.append(word.strip(",;:"))
        if word[-1] in ",;:":
            break
    if not words or words[-1].lower() in _NOT_SAMPLE_NOUNS or words[0].lower() in ("per",):
        return None
    return " ".join(words)


def _samples(text: str, numbers: list[Number], lo: int, hi: int) -> list[_Sample]:
    """The samples stated in ``text[lo:hi]``, in text order."""
    starts = [number.start for number in numbers]
    found = []
    for form, places in _SAMPLE_FORMS:
        for match in form.finditer(text, lo, hi):
            at = bisect.bisect_left(starts, match.start("count"))
            if at == len(numbers) or numbers[at].start != match.start("count"):
                continue
            number = numbers[at]
            value = count_of(text, number)
            noun = _noun_of(match["noun"])
            if value is None or value < 10 or noun is None:
                continue
            if not places and _PLACE_COUNT.match(" " + noun) is not None:
                continue  # "a survey that reached 50 countries": people there answered
            found.append(_Sample(number, value, noun, match.start(), match.end()))
    return sorted(found, key=lambda sample: sample.number.start)


def _clear_between(text: str, numbers: list[Number], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds no count but places the sample was drawn from."""
    first = bisect.bisect_left(numbers, start, key=lambda number: number.start)
    for number in numbers[first:]:
        if number.start >= end:
            break
        if names_no_count(text, number) or number.form == "none":
            continue
        if _IN_BEFORE.search(text, max(0, number.start - 20), number.start) is not None or (
            _PLACE_COUNT.match(text, number.end) is not None
        ):
            continue  # "in 30 countries", "12 provinces"
        if _TIME_OR_RATE.match(text, number.end) is not None:
            continue  # "every two years", "one in four (24 per cent)"
        if _DATE_RANGE.search(text, max(0, number.start - 12), number.start) is not None:
            continue  # "between 3 and 11 March": days of a month
        return False
    return True


# The first day of a range of days: "between 3 and", "from 3 to" (before the second day).
_DATE_RANGE = re.compile(r"(?:between|from)\s{1,3}\d{1,2}\s{1,3}(?:and|to)\s{1,3}$|between\s{1,3}$")


def _of_sample(tally: Tally, sample: _Sample) -> bool:
    """Whether every share of ``tally`` is of the sample: no whole, or the sample's own."""
    noun = sample.noun.lower().split()[-1][:6]
    for part in tally.parts:
        if part.base is None:
            continue
        base = part.base.lower()
        if noun not in base and _ASKED.search(base) is None:
            return False
    return True


def _fits(tally: Tally, sample: _Sample) -> bool:
    """Whether each share of ``tally`` is a whole number of the sample, as rounded."""
    shares = [(Fraction(str(part.percent)), part.decimals or 0) for part in tally.parts]
    return shares_fit_whole(shares, sample.value)


def _answers_tally(text: str, tally: Tally, sample: _Sample) -> bool:
    """Whether ``tally`` is a split of shares that a sample may be the whole of.

    Its total is none, or a count of the places the sample was drawn from that stands
    between the sample and the shares ("4,512 young people from 96 countries took part
    ..., and three quarters of them (75 per cent) said": the sample, not the places).
    """
    return (
        tally.kind != "vote"
        and tally.unit == "percent"
        and bool(tally.parts)
        and all(part.percent is not None and part.count is None for part in tally.parts)
        and (
            tally.total is None
            or (
                sample.number.end < tally.start < sample.end
                and _PLACE_COUNT.match(text, text.find(" ", tally.start)) is not None
            )
        )
    )


def _sample_fact(tally: Tally, sample: _Sample) -> bool:
    """Whether ``tally`` is the one-count fact of the sample ("polled" 2,050 adults)."""
    return (
        tally.kind == "survey"
        and tally.total is None
        and len(tally.parts) == 1
        and tally.parts[0].percent is None
        and tally.parts[0].count == sample.value
        and tally.start <= sample.number.start < tally.end
    )


def with_sample_answers(
    text: str, items: list[Item], numbers: list[Number], tallies: list[Tally]
) -> list[Tally]:
    """The tallies with each survey's stated sample as the total of the shares it found.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    items
        What :func:`~surveystats.extract.tally_items.read_items` read in it.
    numbers
        Its numbers (:func:`~surveystats.extract.tally_items.find_numbers`).
    tallies
        What the other readers found, in text order.

    Returns
    -------
    list of Tally
        ``tallies`` with the shares of a sample given its count as ``total`` (kind
        ``survey``, starting at the count), shares of a sample no reader read added, and
        the one-count facts of those samples left out; in text order.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> text = "When 960 farmers were asked about credit, 38 per cent said they had borrowed."
    >>> tally = with_sample_answers(text, read_items(text), find_numbers(text), [])[0]
    >>> tally.total, [(p.category, p.percent, p.counted) for p in tally.parts]
    (960, [('said they had borrowed', 38.0, 'farmers')])
    """
    shares = [
        item
        for item in items
        if item.kind == "percent" and item.percent is not None and 0 < item.percent <= 100
    ]
    if not shares:
        return tallies
    starts = [*sentence_starts(text), len(text)]
    share_starts = [item.start for item in shares]
    kept = list(tallies)
    for at in range(len(starts) - 1):
        lo, hi = starts[at], starts[at + 1]
        first = bisect.bisect_left(share_starts, lo)
        inside = shares[first : bisect.bisect_left(share_starts, hi, first)]
        if not inside:
            continue
        for sample in _samples(text, numbers, lo, hi):
            if inside[0].start < sample.start and inside[-1].start < sample.number.start:
                # "71 per cent of households had ..., according to the survey, which
                # covered 1,520 households": the sample named after its answers
                kept = _with_answers_before(text, kept, sample, inside, lo)
            else:
                kept = _with_answers_of(text, numbers, kept, sample, inside, (lo, hi))
    return sorted(kept, key=lambda tally: tally.start)


# The survey named as the source of the shares before it: ", according to the survey,
# which covered 1,520 households", ", according to a poll of 2,000 adults".
_ACCORDING_BEFORE = re.compile(
    r",\s{0,3}according\s{1,3}to\s{1,3}(?:the|a|an|this|its|their)\s{1,3}"
    r"(?:[\w’'-]{1,25}\s{1,3}){0,4}?$",
    re.IGNORECASE,
)
_ACCORDING_REACH = 80


def _with_answers_before(
    text: str, tallies: list[Tally], sample: _Sample, shares: list[Item], lo: int
) -> list[Tally]:
    """``tallies`` with the shares before a sample named as their source given its total.

    "Seventy-one per cent of households had reduced the number of daily meals, according
    to the survey, which covered 1,520 households in ...": the survey that found the share
    is named after it, with its sample (total 1,520). The shares must be of the sample's
    noun or of no stated whole, and each a whole number of it as rounded.
    """
    source = _ACCORDING_BEFORE.search(text, max(lo, sample.start - _ACCORDING_REACH), sample.start)
    if source is None:
        return tallies
    cut = source.start()  # the answers' clause ends at the comma before "according"
    before = [share for share in shares if share.end <= cut]
    if not before or any(lo <= t.start < cut and t.unit != "percent" for t in tallies):
        return tallies
    answers = next(
        (t for t in tallies if lo <= t.start < cut and _answers_tally(text, t, sample)), None
    )
    fresh = answers is None
    if answers is None:
        answers = read_sample_answers(text, before, lo, cut, sample=sample.noun)
        if answers is None:
            return tallies
    if not _of_sample(answers, sample) or not _fits(answers, sample):
        return tallies
    if fresh:
        tallies = [*tallies, answers]
    answers.kind = "survey"
    answers.total = sample.value
    answers.total_qualifier = qualifier_of(text, sample.number.start, sample.number.end)
    answers.end = max(answers.end, sample.end)
    for part in answers.parts:
        if part.counted is None:
            part.counted, part.base, part.counted_inherited = sample.noun, sample.noun, True
    if answers.subject is None:
        answers.subject = sample.noun
    return [tally for tally in tallies if not _sample_fact(tally, sample)]


def _with_answers_of(
    text: str,
    numbers: list[Number],
    tallies: list[Tally],
    sample: _Sample,
    shares: list[Item],
    sentence: tuple[int, int],
) -> list[Tally]:
    """``tallies`` with the answers of one sample given their total (see the caller)."""
    lo, hi = sentence
    after = [share for share in shares if share.prefix_start >= sample.end]
    if not after or after[0].prefix_start - sample.end > _REACH:
        return tallies
    opening = after[0].prefix_start
    if not _clear_between(text, numbers, sample.end, opening):
        return tallies
    if _FRONTED_PLACE.search(text, max(sample.end, opening - 80), opening) is not None:
        return tallies  # "found that in the capital, 62 per cent ...": a part of the sample
    answers = next(
        (
            tally
            for tally in tallies
            if _answers_tally(text, tally, sample) and sample.number.end < tally.start < hi
        ),
        None,
    )
    if answers is not None and answers.start > opening + 2:
        return tallies  # the first share after the sample is no part of that tally
    fresh = answers is None
    if answers is None:
        if any(
            tally.start < hi and tally.end > sample.end and not _sample_fact(tally, sample)
            for tally in tallies
        ):
            return tallies  # another reader read the figures after the sample
        answers = read_sample_answers(text, after, lo, hi, sample=sample.noun)
        if answers is None:
            return tallies
    places = answers.total is not None  # the count of the places it replaces
    if not (places or _of_sample(answers, sample)) or not _fits(answers, sample):
        return tallies  # (a whole the places' reader gave is theirs: "countries")
    if fresh:
        tallies = [*tallies, answers]
    answers.kind = "survey"
    answers.total = sample.value
    answers.total_qualifier = qualifier_of(text, sample.number.start, sample.number.end)
    answers.start = sample.number.start
    for part in answers.parts:
        if part.counted is None or places:
            part.counted, part.base, part.counted_inherited = sample.noun, sample.noun, True
    if answers.subject is None or places:
        answers.subject = sample.noun
    return [tally for tally in tallies if not _sample_fact(tally, sample)]
