"""The lexicon of numbers in UN text: one compiled regular expression, one branch per shape.

Every shape of number that UN documents use (document symbols, sales numbers, resolution
and decision references, dates and date ranges, times of day, money, percentages, years,
ordinals, fractions and ratios, cardinals in digits or words, footnote markers glued to a
word) is one named branch of :data:`NUMBER_PATTERN`; :mod:`surveystats.extract.readers`
has one reader per branch. The branches are tried left to right at each position, so the
more specific shapes come first: "A/56/563" is read as a symbol before its digits can be
read as counts, "19 December 1994" as a date before "19" can be a count, "two thirds" as
a fraction before "two" can be a count.

The pattern is linear in the length of the text: every repetition consumes a separator
that its body cannot, number-word phrases are bounded, and every branch that starts on a
digit refuses to start inside a run of digits, so a long run of digits is one attempt.
"""

from __future__ import annotations

import re

from surveystats.text.dates import MONTH_PATTERN, MONTHS
from surveystats.text.words import (
    CARDINAL_WORDS,
    FRACTION_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PLURAL_SCALE,
    SCALE_PHRASE,
    SCALES,
    literal_alternation,
    word_alternation,
)

__all__ = [
    "CANDIDATE_PATTERN",
    "COMPOUND_FRACTION_ENDS",
    "CURRENCIES",
    "CURRENCY_CODES",
    "CURRENCY_NAMES",
    "CURRENCY_NEXT",
    "FALLBACK_PATTERN",
    "KEYWORD_BEFORE",
    "MONTHS",
    "NUMBER_PATTERN",
    "ROMAN_KEYWORDS",
    "SCALES",
    "SPACED_THOUSANDS",
    "UNITS",
    "VULGAR_FRACTIONS",
    "WORD_CANDIDATE_PATTERN",
    "WORD_START_PATTERN",
]

#: ISO 4217 codes read before a number ("CAD 3.5 million") or after it ("1,200 EUR"):
#: those of currencies UN documents name, none that is also an English word or a common
#: acronym ("ALL", "TOP", "MAD", "SAR", "PEN" are not read).
CURRENCY_CODES = (
    "USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "NZD", "HKD", "SGD", "CNY", "INR",
    "PKR", "KWD", "QAR", "AED", "EGP", "ZAR", "NGN", "KES", "BRL", "MXN", "SEK", "NOK",
    "DKK", "RUB", "ILS", "XOF", "XAF",
)  # fmt: skip
#: The dollar sign of a currency other than the United States dollar, after the letters
#: that name it ("C$ 16 million", "HK$ 10 billion", "NZ$ 300"), in lower case -> ISO 4217.
#: Only "US" is read set off from the sign here: "A $5 million grant" is an article and "the
#: EC $5 million grant" the European Community's; the reader of a sum after "$" takes the
#: letters that are no word ("HK $ 2 billion", "c $ 16.4 million") before it.
DOLLAR_SIGNS = {
    "us$": "USD", "c$": "CAD", "can$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD",
    "hk$": "HKD", "s$": "SGD", "sg$": "SGD", "ec$": "XCD", "nt$": "TWD", "r$": "BRL",
    "mex$": "MXN",
}  # fmt: skip
#: The same letters written after the sign, as Australian and some UN texts do ("$US 5
#: million", "$A 10 million", "$Can 3 million") -> ISO 4217, in lower case with the sign.
DOLLAR_SIGNS_AFTER = {"$us": "USD", "$a": "AUD", "$can": "CAD", "$nz": "NZD"}
#: Currency signs -> ISO 4217 code, before a number ("$5", "₹ 500 crore") or after it
#: ("10 €", "100 ₺").
CURRENCY_SIGNS = {
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₦": "NGN", "₱": "PHP",
    "₩": "KRW", "₽": "RUB", "₴": "UAH", "₺": "TRY", "₪": "ILS", "₫": "VND", "₵": "GHS",
    "₡": "CRC", "₾": "GEL", "₭": "LAK",
}  # fmt: skip
#: Abbreviations of a currency that are no ISO 4217 code, read as codes -> ISO 4217 code:
#: the renminbi, the IMF's special drawing rights ("SDR 1.5 billion") and the CFA franc
#: ("CFAF 2 billion"), which is two currencies (no code).
CURRENCY_ABBREVIATIONS: dict[str, str | None] = {"RMB": "CNY", "SDR": "XDR", "CFAF": None}
#: Currency sign or code -> ISO 4217 code.
CURRENCIES = {
    **CURRENCY_SIGNS, **DOLLAR_SIGNS, **DOLLAR_SIGNS_AFTER, "swf": "CHF",
    **{code.lower(): code for code in CURRENCY_CODES},
    **{name.lower(): code for name, code in CURRENCY_ABBREVIATIONS.items()},
}  # fmt: skip
#: A currency named in words after a number ("300 million Canadian dollars", "one dollar",
#: "5 billion yen", "12 million pounds sterling"), as UN documents write it -> ISO 4217
#: code. A name alone only where one currency bears it ("dollars" is read as United States
#: dollars, as UN documents use it); "francs", "pounds" (also a weight), "dinars",
#: "riyals", "rupees", "pesos", "shillings", "roubles" and "marks" alone say no currency, so the
#: country's adjective is needed ("Swiss francs", "Lebanese pounds", "Kuwaiti dinars").
CURRENCY_WORDS = {
    **{f"{name}{plural}": code
       for names, code in [
           (("dollar", "United States dollar", "US dollar", "U.S. dollar"), "USD"),
           (("Canadian dollar",), "CAD"), (("Australian dollar",), "AUD"),
           (("New Zealand dollar",), "NZD"), (("Hong Kong dollar",), "HKD"),
           (("Singapore dollar",), "SGD"), (("East Caribbean dollar",), "XCD"),
           (("Namibian dollar",), "NAD"), (("Jamaican dollar",), "JMD"),
           (("Liberian dollar",), "LRD"), (("euro",), "EUR"),
           (("Swiss franc",), "CHF"), (("French franc",), "FRF"), (("Belgian franc",), "BEF"),
           (("British pound",), "GBP"), (("Egyptian pound",), "EGP"),
           (("Lebanese pound",), "LBP"), (("Syrian pound",), "SYP"),
           (("Sudanese pound",), "SDG"), (("Kuwaiti dinar",), "KWD"),
           (("Iraqi dinar",), "IQD"), (("Jordanian dinar",), "JOD"),
           (("Libyan dinar",), "LYD"), (("Tunisian dinar",), "TND"),
           (("Algerian dinar",), "DZD"), (("Bahraini dinar",), "BHD"),
           (("Saudi riyal", "Saudi Arabian riyal"), "SAR"), (("Qatari riyal",), "QAR"),
           (("Omani rial",), "OMR"), (("Iranian rial",), "IRR"), (("Yemeni rial",), "YER"),
           (("Indian rupee",), "INR"), (("Pakistani rupee",), "PKR"),
           (("Sri Lankan rupee",), "LKR"), (("Nepalese rupee",), "NPR"),
           (("Mauritian rupee",), "MUR"), (("ringgit", "Malaysian ringgit"), "MYR"),
           (("shekel", "Israeli shekel", "new Israeli shekel"), "ILS"),
           (("Russian rouble", "Russian ruble"), "RUB"), (("Mexican peso",), "MXN"),
           (("Philippine peso",), "PHP"), (("Argentine peso",), "ARS"),
           (("Chilean peso",), "CLP"), (("Colombian peso",), "COP"),
           (("Kenyan shilling", "Kenya shilling"), "KES"),
           (("Ugandan shilling", "Uganda shilling"), "UGX"),
           (("Tanzanian shilling", "Tanzania shilling"), "TZS"), (("Somali shilling",), "SOS"),
           (("Moroccan dirham",), "MAD"), (("UAE dirham", "Emirati dirham"), "AED"),
           (("Deutsche mark",), "DEM"), (("cedi", "Ghanaian cedi", "Ghana cedi"), "GHS"),
           (("zloty", "Polish zloty"), "PLN"), (("forint", "Hungarian forint"), "HUF"),
           (("hryvnia", "Ukrainian hryvnia"), "UAH"),
           # currencies the euro replaced, in the accounts of the 1990s
           (("Netherlands guilder", "Dutch guilder"), "NLG"), (("peseta", "Spanish peseta"), "ESP"),
           (("Austrian schilling",), "ATS"), (("Luxembourg franc",), "LUF"),
           (("Irish pound",), "IEP"), (("Greek drachma", "drachma"), "GRD"),
       ]
       for name in names for plural in ("", "s")},
    **dict.fromkeys(["yen", "Japanese yen"], "JPY"),
    **dict.fromkeys(["yuan", "renminbi", "Chinese yuan", "yuan renminbi"], "CNY"),
    **dict.fromkeys(["naira", "Nigerian naira"], "NGN"),
    **dict.fromkeys(["rand", "South African rand"], "ZAR"),
    **dict.fromkeys(["baht", "Thai baht"], "THB"),
    **dict.fromkeys(["rupiah", "Indonesian rupiah"], "IDR"),
    **dict.fromkeys(["taka", "Bangladeshi taka"], "BDT"),
    **dict.fromkeys(["tenge", "Kazakh tenge"], "KZT"),
    **dict.fromkeys(["birr", "Ethiopian birr"], "ETB"),
    **dict.fromkeys(["South Korean won", "Korean won"], "KRW"),
    **dict.fromkeys(["pound sterling", "pounds sterling"], "GBP"),
    **dict.fromkeys(["Brazilian real", "Brazilian reais"], "BRL"),
    **dict.fromkeys(["Turkish lira", "Turkish liras"], "TRY"),
    **dict.fromkeys(["Swedish krona", "Swedish kronor"], "SEK"),
    **dict.fromkeys(["Norwegian krone", "Norwegian kroner"], "NOK"),
    **dict.fromkeys(["Danish krone", "Danish kroner"], "DKK"),
    **dict.fromkeys(["Italian lira", "Italian lire"], "ITL"),
    **dict.fromkeys(["Finnish markka", "Finnish markkaa"], "FIM"),
    "Portuguese escudos": "PTE", "Cape Verdean escudos": "CVE",
}  # fmt: skip
#: Names many currencies bear: "10 dinars", "500 rupees" are sums of money whose currency
#: the name alone does not say (no code). "pounds" (also a weight) and "marks" (also
#: scores) are money only with their country's adjective, in :data:`CURRENCY_WORDS`.
SHARED_CURRENCY_WORDS = tuple(
    f"{name}{plural}"
    for name in (
        "franc",
        "CFA franc",
        "dinar",
        "riyal",
        "rial",
        "rupee",
        "peso",
        "shilling",
        "dirham",
        "guilder",
        "rouble",
        "ruble",
    )
    for plural in ("", "s")
)
#: The same and the codes after a number ("1,200 EUR"), looked up by the lower-case name
#: with single spaces; ``None`` for a name many currencies bear.
CURRENCY_NAMES: dict[str, str | None] = {
    **dict.fromkeys(name.lower() for name in SHARED_CURRENCY_WORDS),
    **{name.lower(): code for name, code in CURRENCY_WORDS.items()},
    **{code.lower(): code for code in CURRENCY_CODES},
    **{name.lower(): code for name, code in CURRENCY_ABBREVIATIONS.items()},
    **CURRENCY_SIGNS,
}
#: Short scale words after a sum of money, looked up in lower case: "$5 bn", "€2.3m",
#: "$1.3tn", "$750k"; in capitals ("$4.5M", "€12B", "$2.1T", "$50K") only glued to the
#: number, since "$10 M. Smith" may be an initial.
MONEY_SCALES = {"bn": 1e9, "b": 1e9, "mn": 1e6, "m": 1e6, "tn": 1e12, "t": 1e12, "k": 1e3}
#: Physical units written as symbols after a number ("4 km2", "10kg"), as written -> unit.
#: Units written as words ("hectares", "tonnes") are what a count counts, not units.
UNITS = {
    "km²": "km2", "km2": "km2", "sq km": "km2", "sq. km": "km2", "km": "km", "m²": "m2",
    "m2": "m2", "m³": "m3", "m3": "m3", "cm": "cm", "mm": "mm", "kg": "kg", "mg": "mg",
    "ha": "ha", "kW": "kW", "MW": "MW", "GW": "GW", "kWh": "kWh", "MWh": "MWh",
    "GWh": "GWh", "TWh": "TWh", "Mt": "Mt", "Gt": "Gt", "°C": "°C", "°F": "°F",
    # the degree sign set off by a space, or typed as the ordinal indicator "º"
    "° C": "°C", "° F": "°F", "ºC": "°C", "ºF": "°F", "º C": "°C", "º F": "°F",
    "ppm": "ppm", "ppb": "ppb", "mph": "mph", "km/h": "km/h", "lbs": "lb", "lb": "lb",
}  # fmt: skip

_MONTH = MONTH_PATTERN
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
# What may follow a 24-hour clock instead of "hours": "00.01 EST", "1500 GMT".
_TIME_ZONE = r"(?:GMT|UTC|EST|EDT|CET|CEST|local[ ]time)"
_YEAR_DIGITS = r"(?:1[6-9]\d\d|20\d\d|2100)"
_YEAR = rf"{_YEAR_DIGITS}(?!\d)"


# A year in a date may have a footnote marker glued to it by the text layer of a scan:
# "10 September 19906" is 10 September 1990 and marker 6. Group names are suffixed.
def _marked_year(name: str) -> str:
    return rf"(?P<{name}>{_YEAR_DIGITS})(?P<{name}_mark>[1-9]\d?)?(?!\d)"


# Between the two ends of a range of days: a dash, "to", "and" or "through".
_SEP = r"(?:[ \t]?[-–—−][ \t]?|\s+(?:to|and|through|until|till)\s+)"
#: A number in digits with its thousands separated by non-breaking or thin spaces, or by
#: spaces when what is counted follows ("30 000 migrants"), a group starts with 0 ("10
#: 000") or the lead has one or two digits ("1 240"); "by France, 162 165," are two
#: footnote markers of an older scan.
SPACED_THOUSANDS = (
    r"\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?![\d,.]\d)"
    # "10 000", "1 250 000": a group of three that starts with 0 is no footnote marker
    # ("162 163 164" may be three), so the spaces are thousands separators whatever follows
    r"|\d{1,3}(?=(?:[ ]\d{3})*[ ]0\d\d)(?:[ ]\d{3})+(?![\d,.]\d)"
    # what is counted may be capitalised: "34 568 Palestinians", "1 250 IDPs"
    r"|\d{1,3}(?:[ ]\d{3})+(?![\d,.]\d)(?=[ ](?:[A-Za-z][a-z]{1,30}s|[A-Z]{2,6}s|dollars|euros"
    r"|people|persons|children"
    r"|women|men|police|staff|personnel|tons|tonnes|per[ ]?cent|percent)\b|[ ]?%)"
    # a lead of one or two digits before groups of three, whatever follows ("1 240; Asia,
    # 860", "9 874 voted yes"): footnote markers after a number are of three digits in
    # older scans ("by France, 162 165, the United Kingdom")
    r"|(?<![\d.,])\d{1,2}(?:[ ]\d{3})+(?![\d,.]\d)"
)
# A number in digits: thousands separated by commas, spaced as above, or no separator;
# then decimals.
_NUMD = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,]\d)|{SPACED_THOUSANDS}|\d+)(?:\.\d+)?"
_SCALE = SCALE_PHRASE  # "4.5 million", "67 millions", "3 thousand million"
_MONEY_SCALE = r"(?:(?:[ ]?(?:[bB][nN]|[mM][nN]|tn|m|b)|[MBTKk](?!-[A-Za-z]))(?![\w/]))"
# Between a number and "per cent": nothing, a space, a line break, or a hyphen ("the
# 30-per cent threshold").
_PERCENT_JOIN = r"(?>[ ]?-[ ]?|[ \t]{0,2}\n?[ \t]{0,2})"  # atomic: tried once, not re-split
_PER_CENT = (
    r"%|(?:[Pp]er[ \t]{0,2}\n?[ \t]{0,2}cent|[Pp]er-cent|[Pp]ercent|PER[ ]CENT)s?(?![A-Za-z])"
    r"|[Pp]ercentage\s+points?(?![A-Za-z])|pct(?![A-Za-z])"  # "15 pct", as newswires write it
)


def _written_forms(name: str) -> set[str]:
    """A currency name as listed, capitalised word by word and in lower case.

    "Canadian dollars", "Canadian Dollars" and "canadian dollars", as a text set in lower
    case writes it.
    """
    capitalised = " ".join(word[:1].upper() + word[1:] for word in name.split())
    return {name, capitalised, name.lower()}


_CODE = literal_alternation((*CURRENCY_CODES, *CURRENCY_ABBREVIATIONS))
_SIGN_CHARACTERS = "".join(CURRENCY_SIGNS)
_SIGN = f"[{_SIGN_CHARACTERS}]"
# The letters of a dollar after its sign ("$US 5 million"), as written.
_DOLLAR_LETTERS_AFTER = r"(?:(?<=\$)(?:US|A|Can|NZ)(?![A-Za-z]))"
# After a number, as European usage writes them ("10 €", "100 ₺"); not "$", which English
# writes before the number: "10 $5 notes".
_SIGN_AFTER = f"[{_SIGN_CHARACTERS.replace('$', '')}]"
# A currency named after a number or its code; the words of a name may be split by any white space.
_CURRENCY_FORMS = {
    *(form for name in CURRENCY_WORDS for form in _written_forms(name)),
    *(form for name in SHARED_CURRENCY_WORDS for form in _written_forms(name)),
    *CURRENCY_CODES,
    *CURRENCY_ABBREVIATIONS,
}
_CURRENCY_WORD = literal_alternation(_CURRENCY_FORMS).replace(r"\ ", r"\s+") + "(?![A-Za-z])"
#: A currency named right after a number ("... 2005 dollars").
CURRENCY_NEXT = re.compile(rf"\s+{_CURRENCY_WORD}")


_UNIT = literal_alternation(UNITS)
#: Unicode vulgar fractions, as written -> (numerator, denominator).
VULGAR_FRACTIONS = {
    "½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅕": (1, 5),
    "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8),
    "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8),
}  # fmt: skip
_VULGAR = f"[{''.join(VULGAR_FRACTIONS)}]"
#: The words before a Roman numeral that make it a place in a text ("annex III",
#: "Chapter VII", "chap. I"), -> the locator's name. Elsewhere a Roman numeral is a name
#: ("Protocol I", "World War II") or a pronoun ("I"), never a number.
ROMAN_KEYWORDS = {
    "annex": "annex", "annexes": "annex", "appendix": "appendix", "chapter": "chapter",
    "chapters": "chapter", "chap.": "chapter", "part": "part", "parts": "part",
    "section": "section", "sections": "section", "title": "title", "volume": "volume",
    "vol.": "volume", "article": "article", "table": "table", "figure": "figure",
}  # fmt: skip
_ROMAN_FORMS = sorted(
    {form for word in ROMAN_KEYWORDS for form in (word, word.capitalize(), word.upper())}
)
# Where a Roman numeral may start: right after one of those words and a space or a line
# break ("including Chapter\nVII"). Python's look-behinds are of fixed width, so one per
# written form.
_ROMAN_KEYWORD = "(?:" + "|".join(f"(?<={re.escape(form)}[ \n])" for form in _ROMAN_FORMS) + ")"
# The same, tested one character into the numeral (by the candidate filter).
_ROMAN_KEYWORD_BEHIND = (
    "(?:" + "|".join(f"(?<={re.escape(form)}[ \n].)" for form in _ROMAN_FORMS) + ")"
)
# A number in words (the one bounded pattern of surveystats.text); in a hyphenated
# compound only before a unit of count or measure ("a two-year period", "a five-member
# body", "a ten-tonne truck", "a twenty-pound bag"), a currency ("a one-dollar-a-day
# line") or "odd" ("sixty-odd", as "60-odd"), never before another word ("one-sided";
# "two-thirds" is read as a fraction).
# UN style capitalises some of these nouns: "the twelve-Power draft resolution", "a
# two-State solution".
_COMPOUND_UNIT = (
    r"(?:year|month|week|day|hour|minute|member|nation|country|[Ss]tate|[Pp]arty|[Pp]ower"
    r"|point|page"
    r"|storey|seat|person|man|kilometre|kilometer|metre|meter|mile|fold|dollar|euro|yen"
    r"|tonne|ton|kilogram(?:me)?|kilo|gram(?:me)?|pound|litre|liter|gallon|barrel"
    r"|hectare|acre|foot|feet|inch)s?"
    r"(?![A-Za-z])"
)
_WORDS = rf"{NUMBER_WORDS}(?!-\s?(?!{_COMPOUND_UNIT}|odd(?![A-Za-z]))[A-Za-z])"  # "sixty-odd"
# A short cardinal in words: the numerator of a fraction, the ends of a ratio. Where it
# starts a branch it is an atomic group: the branch does not retry every shorter run of
# words before it fails ("forty-forty-forty..." stays linear in cost, not just in time).
_CARDINAL = word_alternation(CARDINAL_WORDS) + "(?![A-Za-z])"
# Up to ten words: "one million two thousand two hundred three" (a numerator of fifths).
_CARDINALS = rf"{_CARDINAL}(?:(?:[ ]?-\s?|\s+(?:and\s+)?){_CARDINAL}){{0,9}}"
_FRACTION_WORD = word_alternation(FRACTION_WORDS, cases="lower capitalised") + "(?![A-Za-z])"
#: Plural ordinals that end a fraction's denominator only inside a compound: "three
#: twenty-firsts" is 3/21, while "firsts" alone is no fraction and "seconds" is a time.
COMPOUND_FRACTION_ENDS = {"firsts": 1, "seconds": 2}
_COMPOUND_FRACTION_END = rf"(?<=[a-z]-)(?:{'|'.join(COMPOUND_FRACTION_ENDS)})(?![A-Za-z])"
# A scale right after "half" or "quarter": "a half million", "a quarter-million", not "a
# half-million-strong army".
_HALF_SCALE = r"(?:m|b|tr)illion(?![A-Za-z-])"
_PART_WORD = word_alternation(
    [w for w, v in FRACTION_WORDS.items() if not w.endswith("s") and v <= 10]
)
# A plain count followed by a word ("12 countries", "4.5 million", "41 per cent"): none of
# the branches tried before the count can match it, so they are skipped.
_SIMPLE_COUNT = (
    r"\d{1,3}(?:,\d{3})*(?:\.\d+)?[ ]{1,2}"
    r"(?!(?:a\.?[ ]?m|p\.?[ ]?m|[ap]m|in|out|to|and|through|until|till|hours|hrs|h)\b)[a-z]"
)
# Words after a number that make it more than a plain count or year: a unit, scale or
# currency, a time of day, the other end of a range or ratio.
_SPECIAL_NEXT = (
    r"(?:a\.?[ ]?m|p\.?[ ]?m|[ap]m|in|out|to|and|through|until|till|hours|hrs|h|hundreds?"
    r"|thousands?|(?:m|b|tr)illions?|lakhs?|crores?|dozens?|per|percents?|percentage|pct|x[ ]?10"
    rf"|{literal_alternation([unit for unit in UNITS if unit[0].islower()])})(?![A-Za-z])"
    rf"|{_CURRENCY_WORD}"
)
# The decimals of a number in words, one digit a word: "two point zero five".
_DIGIT_WORD = (
    word_alternation([w for w, v in CARDINAL_WORDS.items() if v < 10], cases="lower")
    + "(?![A-Za-z-])"
)
# Or two decimals in one number word, as speech says them: "one point twenty-five million".
_TWO_DECIMALS_WORD = (
    word_alternation([w for w, v in CARDINAL_WORDS.items() if 20 <= v < 100], cases="lower")
    + "(?:[- ]"
    + word_alternation([w for w, v in CARDINAL_WORDS.items() if 0 < v < 10], cases="lower")
    + ")?(?![A-Za-z-])|"
    + word_alternation([w for w, v in CARDINAL_WORDS.items() if 10 <= v < 20], cases="lower")
    + "(?![A-Za-z-])"
)
# The number of a multiple written in one word with "fold": "twofold", "Tenfold".
_FOLD_NUMBER = word_alternation(
    [word for word, value in CARDINAL_WORDS.items() if value > 1], cases="lower capitalised"
)
_DECIMAL_WORDS = (
    rf"point[ ](?P<word_point>{_TWO_DECIMALS_WORD}|{_DIGIT_WORD}(?:[ ]{_DIGIT_WORD}){{0,5}})"
)
# A word that may continue a number in words: another number word, a fraction word.
_NUMBER_OR_PART = (
    word_alternation([*CARDINAL_WORDS, *ORDINAL_WORDS, *FRACTION_WORDS, "dozen", "dozens"],
                     cases="lower") + "(?![A-Za-z])"
)  # fmt: skip
# Where a digit token may start: not glued to a word, a decimal point, a slash, a
# currency sign, a hyphen after a letter ("COVID-19", "G-20") or a plus after a letter or
# digit ("Rio+20", "J1149.5+6663").
_DIGITS_MAY_START = (
    rf"(?<![\w.,;/{_SIGN_CHARACTERS}”’)^])(?:(?<![A-Za-z][-–—])|(?<=[Mm]id-)|(?<=[Pp]re-)|(?<=[Pp]ost-)"
    r"|(?<=illion[-–])|(?<=housand[-–])|(?<=[ ]cent[-–]))"  # "12 million-15 million"
    r"(?<![\w][+])"
)
# Words before a number that make it a place in a text ("Article 93"), a reference
# ("resolution 1441") or part of a name ("Group of 77", "Agenda 21", "Vision 2030", "Pan
# Am flight 103");
# they are looked for behind a number, not scanned for. A paragraph may be "para" without
# its full stop ("[799th meeting, para 45]"), or its name broken at the end of a line
# ("para-\ngraph 3", "para\ngraphs 5, 8 and 9", "sub-paragraph").
KEYWORD_BEFORE = re.compile(
    r"""\b(?P<key>
        (?i:articles?|(?:sub-?)?para(?:-?[ \t]*\n?[ \t]*graph)?s?\.?
          |chapters?|chap\.|sections?|vols?\.
          |annex(?:es)?|pages?|items?|rules?|regulations?|principles?|footnotes?|notes?|parts?
          |protocols?
          |goals?|targets?|indicators?|SDGs?|pp?\.)
      | (?P<ref>[Rr]esolutions?|[Dd]ecisions?|RESOLUTIONS?|DECISIONS?)(?:\s+No\.)?
      | (?P<name>Group\s+of|Agenda|Vision|Horizon|Beijing\s*\+|Rio\s*\+|Cairo\s*\+|[Ff]light)
    )\s*$""",
    re.VERBOSE,
)
#: After a number: the number is part of a name ("the 2030 Agenda", "the 661 Committee",
#: "the 1267 Monitoring Team"): a capitalised noun that names a body or an agenda.
NAME_AFTER = re.compile(
    r"\s+(?:Agenda|Committee|Commission|Group|Panel|Mechanism|Club|Monitoring\s+Team"
    r"|Task\s+Force|Working\s+Group|Sanctions\s+Committee)\b"
)

# The branches are grouped by the character they start on, behind one guard that refuses
# to start inside a word: most positions of a text fail at the guard, and the others try
# only the branches that can start there.
NUMBER_PATTERN = re.compile(
    rf"""
    (?<![A-Za-z0-9])
    (?:
      (?=\.?\d)(?:                              # --- branches that start on a digit
        (?P<plain_count>                        # the most common shapes first, when nothing
            {_DIGITS_MAY_START}\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?   # later could read them otherwise:
            (?=[ ]{{1,2}}(?!{_SPECIAL_NEXT})[a-z]|[,;:)\]](?!\d)|\.(?!\w)|\Z)  # "78 countries"
        )
      | (?P<plain_year>                         # "in 1976 the", "(1973)"
            {_DIGITS_MAY_START}(?:1[6-9]\d\d|20\d\d|2100)
            (?=[,;:)\]](?!\d)|\.(?!\d)|[ ]{{1,2}}(?!{_SPECIAL_NEXT})[a-z])
        )
      | (?P<scientific>                         # 1.4 × 10^6, 2.48×10−5, 3.2 x 10⁶, 4e14
            (?=[\d.]{{1,12}}(?:[ ]?[×xX][ ]?10|[eE][-+]?\d))
            {_DIGITS_MAY_START}(?P<mantissa>\d{{1,3}}(?:\.\d+)?)
            (?:[ ]?[×xX][ ]?10(?:(?:\^|\*\*)(?P<caret_power>[-−+]?\d{{1,3}})
                                |(?P<minus_power>[-−]\d{{1,3}})
                                |(?P<raised_power>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,3}}))
              |[eE](?P<e_power>[-+]?\d{{1,3}}))
            (?![\w/]|[.,]\d)
        )
      | (?P<power>                              # a power alone: 10^6, 1.1^23, 2500^-1
            (?=[\d.]{{1,12}}\^[-−+]?\d)
            {_DIGITS_MAY_START}(?P<power_base>\d{{1,6}}(?:\.\d+)?)\^(?P<exponent>[-−+]?\d{{1,3}})
            (?![\w/^]|[.,]\d)
        )
      | (?P<slash_number>                       # 49/127, 1995/313, 47/20 A; 3/4, 2 1/4; 1973/74
            (?=[\d ]{{1,8}}/\d)(?<![./])(?<![A-Za-z0-9][-–])
            (?:(?P<slash_whole>\d{{1,3}})[ ]{{1,2}}(?=\d{{1,2}}/\d))?
            (?P<slash_top>\d{{1,2}}|(?:19|20)\d\d)/(?P<slash_bottom>\d{{1,3}})
            (?![\d/]|[.,]\d)
            (?:[ ](?P<slash_letter>[A-H])(?![\w/])
              |\s+(?P<slash_scale>{_SCALE})                               # 1 1/2 million
              |(?:{_PERCENT_JOIN}|\s+of\s+(?:(?:one|an?)\s+|1[ ]?))      # 2 1/2 per cent,
               (?P<slash_percent>{_PER_CENT}))?                            # 1/2 of 1 per cent
        )
      | {_DIGITS_MAY_START}(?=\d)(?!{_SIMPLE_COUNT})(?:       # (the guard is tested once for these)
          (?P<numeric_date>                     # 12/05/2001 (day first, as the UN writes)
              (?P<numeric_day>\d{{1,2}})(?P<numeric_sep>[/.])(?P<numeric_month>\d{{1,2}})
              (?P=numeric_sep)(?P<numeric_year>(?:19|20)\d\d)(?![\d/]|\.\d)
          )
        | (?P<roman_reference>                  # 217 A (III), 1514 (XV)
              \d{{1,4}}(?:[ ]?[A-H])?\s?\((?:ES-|S-)?[IVXL]+\)
          )
        | (?P<year_reference>                   # Security Council style: 242 (1967)
              \d{{1,4}}\s?\((?:19|20)\d\d\)
          )
        | (?P<time>                             # 3 p.m., 10.30 a.m., 15:00, 1500 hours, 00.01 EST
              (?P<hour>1[0-2]|0?[1-9])(?!\d)(?:[.:](?P<minute>[0-5]\d))?
              [ ]?(?P<meridiem>[ap]\.[ ]?m\.?|[AaPp][Mm](?![A-Za-z]))
            | (?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?![\d:]|[.,]\d)
              (?:[ ]?(?:hours|hrs|h)(?![A-Za-z]))?
            | (?P<dot_hour>[01]\d|2[0-4])\.(?P<dot_minute>[0-5]\d)
              [ ](?:hours|hrs|{_TIME_ZONE})(?![A-Za-z])
            | (?P<clock>(?:[01]\d|2[0-4])[0-5]\d)[ ](?:hours|{_TIME_ZONE})(?![A-Za-z])
          )
        | (?P<date>                             # 21 December 2001, 29 June to 3 July 1998
              (?P<date_day>{_DAY})\s+(?P<date_month>{_MONTH})(?:,?\s+{_marked_year("date_year")})?
              (?:{_SEP}(?P<end_day>{_DAY})\s+(?P<end_month>{_MONTH})(?:,?\s+{_marked_year("end_year")})?)?
          )
        | (?P<day_range>                        # 5-13 September 1994, 16 and 17 October
              (?P<first_day>{_DAY}){_SEP}(?P<last_day>{_DAY})\s+(?P<range_month>{_MONTH})
              (?:,?\s+{_marked_year("range_year")})?
          )
        | (?P<decade>                           # the 1990s
              (?:1\d\d0|20\d0)[’']?s(?![A-Za-z])
          )
        | (?P<year_range>                       # 2012–13, 1999-2000, 1990 to 1995
              (?P<from_year>{_YEAR})
              (?:[ ]?[-–—−/][ ]?(?P<to_year_short>\d\d(?!\d))    # U+2212 too: "2000−2018"
                | (?:[ ]?[-–—−/][ ]?|\s+(?:to|and|through)\s+)(?P<to_year>{_YEAR}))
              (?![\w/]|[.,]\d)
          )
        | (?P<ordinal>                          # 90th, 1747th, 21st, 1,000th
              (?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:st|nd|rd|th)(?![A-Za-z])
          )
        | (?P<year>                             # in 1976, (1973), "In 2010 millions of"
              {_YEAR}(?![,.]\d|[\w/]|{_PERCENT_JOIN}(?:{_PER_CENT})|\s+(?!{PLURAL_SCALE}){_SCALE}
                      |[ ]?{_UNIT}(?![\w/]))
          )
        | (?P<ratio>                            # 1 in 4, 9 out of 10
              (?P<ratio_top>\d{{1,3}})\s+(?:in|(?P<ratio_out>out)\s+of)\s+(?:every\s+)?
              (?P<ratio_bottom>\d{{1,4}}|{_CARDINALS})(?![\w]|[.,]\d|\s+per)
              (?(ratio_out)|(?!\s+[A-Z]))     # "9 out of 10 Member States"; not "1 in 4 May"
          )
        )
      | (?P<vulgar>                             # 3½ per cent, 2½, 1¼ million
            {_DIGITS_MAY_START}(?P<vulgar_whole>\d{{1,3}})(?P<vulgar_part>{_VULGAR})(?![\w/])
            (?:\s+(?P<vulgar_scale>{_SCALE}))?
            (?:{_PERCENT_JOIN}(?P<vulgar_percent>{_PER_CENT}))?
        )
      | (?P<count>                              # 78, 1,234, .08, 4.5 million, 41 per cent, 4 km2
            (?:{_DIGITS_MAY_START}(?P<number>{_NUMD})(?!\.\w|\+\d)|(?<![\w.,])(?P<point_number>\.\d+))
            (?:(?P<glued_unit>{_UNIT})(?![\w/])|(?![\w/]))
            (?:(?:\s+|-)(?P<scale>{_SCALE}))?            # "4.5 million", "$859-billion"
            (?:\s+(?P<dozen>dozens?)(?![A-Za-z]))?
            (?:{_PERCENT_JOIN}(?P<percent>{_PER_CENT})
              | (?:\s+|-)(?P<currency>{_CURRENCY_WORD})      # "10 euros", "a 10-dollar note"
              | [ ]?(?P<sign_after>{_SIGN_AFTER})(?![\w/]|[ ]?[\d{_SIGN_CHARACTERS}])  # "10 €"
              | [ ]?(?P<unit>{_UNIT})(?![\w/]))?
        )
      )
    | (?=[A-Z])(?:                              # --- branches that start on a capital
        (?P<symbol>                             # UN document symbol: A/C.2/54/2, S/RES/338 (1973)
            (?<![/.-])[A-Z]{{1,8}}
            (?:/[A-Z][A-Za-z]{{0,9}}(?:[.-][A-Za-z0-9]+)*)*   # organ parts: C.2, CN.9, RES
            (?:/[ \n]?\d[A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*      # session or year: 56, 2004
              |(?<=\d)(?!\w))                                 # or a numbered organ
                                                               # part: S/PV.4701, A/C.5
            (?:/(?:Rev|Add|Corr|Amend)\.[ ]?\d+(?:[-–]\d+)?    # Add.1, Rev. 1, Add.1-3
              |/[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*)*          # further parts: 563, PV.90
            (?:[ ]?\((?:19|20)\d\d\))?                       # the year of an S/RES symbol
        )
      | (?P<document_part>                      # "S/5448 and Add.1-3", "and Corr.1 and 2"
            (?<![/.-])(?:Add|Corr|Rev|Amend)\.[ ]?\d+(?:[ ]?(?:-|–|,|and)[ ]?\d+(?!\d|\.\d))*(?!\w)
        )
      | (?P<sales_number>                       # sales number: E.95.XIII.18, E.04.II.A.3
            (?<![/.-])[A-Z]{{1,2}}\.\d\d\.[IVXL]+(?:\.[A-Z])?\.\d+(?!\w)
        )
      | (?P<session_reference>                  # S-21/2, ES-10/2 (special sessions)
            (?<![/.-])E?S-\d{{1,2}}/\d{{1,3}}(?![\d/]|[.,]\d)
        )
      | (?P<month_range>                        # April, May and June 1966; January to March 1980
            {_MONTH}(?:,\s+{_MONTH}){{0,10}}
            (?:,?\s+(?:and|to|through|until|till)\s+|[ ]?[-–][ ]?)
            (?P<last_month>{_MONTH}),?\s+{_marked_year("months_year")}
        )
      | (?P<month_date>                         # September 2000, Sept 26-27, December 21, 2001
            (?P<named_month>{_MONTH})(?:
                ,?\s+{_marked_year("month_year")}
              | \s+(?P<month_day>{_DAY})(?:{_SEP}(?P<month_end_day>{_DAY}))?(?![\d,.]\d)
                (?:,\s+{_marked_year("month_day_year")})?
            )
        )
      | (?P<money_code>                         # US$ 5 billion, USD 300, HK$ 2.1 billion
            (?P<currency_code>US\s?\$|(?:Can|CAN|AU|NZ|HK|SG|EC|NT|Mex|[CASR])\$|SwF|Rs\.?|{_CODE})
            [ ]?(?P<code_number>{_NUMD})(?!\d)
            (?:(?:\s+|-)(?P<code_scale>{_SCALE})|(?P<code_short_scale>{_MONEY_SCALE}))?
        )
      | (?P<roman_locator>                      # annex III, Chapter VII, section II.C
            {_ROMAN_KEYWORD}[IVXLC]{{1,7}}(?:\.[A-Z0-9]{{1,3}})*(?![\w/-])
        )
      | (?P<number_sign>                        # No. 49, Nos. 3
            Nos?\.\s?(?P<numbered>\d{{1,4}})(?![\w/]|[.,]\d)
        )
      )
    | (?P<lone_vulgar>                          # ½ per cent, ¾ of: a vulgar fraction alone
        (?<![\w.,])(?P<lone_part>{_VULGAR})(?![\w/])
        (?:{_PERCENT_JOIN}(?P<lone_percent>{_PER_CENT}))?
      )
    | (?P<money_sign>                           # $2.3 million, €5, $5bn, $-2 million, $US 5
        (?P<currency_sign>{_SIGN}{_DOLLAR_LETTERS_AFTER}?)
        (?P<sign_minus>[-−–](?=\d))?[ ]?(?P<sign_number>{_NUMD})(?!\d)
        (?:(?:\s+|-)(?P<sign_scale>{_SCALE})|(?P<sign_short_scale>{_MONEY_SCALE}))?
      )
    | (?=[A-Za-z])(?:                           # --- branches that start on a letter
        (?P<plain_word>                         # "two countries", "first", "Seven,": one word
            (?:{_CARDINAL}|first|second|First|Second|FIRST|SECOND)  # that nothing extends
            (?=[ ]{{1,2}}(?!{_SPECIAL_NEXT}|{_NUMBER_OR_PART}|an?[ ](?:half|quarter|dozen)
                            |point[ ](?:{_TWO_DECIMALS_WORD}|{_DIGIT_WORD}))
               [a-z]|[,;:)\]]|\.(?!\w)|\Z)
        )
      | (?P<word_ratio>                         # one in five, nine out of every ten
            (?P<word_ratio_top>(?>{_CARDINALS}))\s+(?:in|(?P<word_ratio_out>out)\s+of)
            \s+(?:every\s+)?
            (?P<word_ratio_bottom>{_CARDINALS}|\d{{1,4}}(?![\w]|[.,]\d|\s+per)
                                  (?(word_ratio_out)|(?!\s+[A-Z])))
        )
      | (?P<mixed_fraction>                     # one and a half, one-and-a-half million
            (?P<mixed_whole>(?>{_CARDINALS}))
            (?:\s+and\s+(?:a|one)\s+|-and-(?:a|one)-)(?P<mixed_part>{_PART_WORD})
            (?![A-Za-z]|-(?!{_HALF_SCALE}))(?:(?:\s+|-)(?P<mixed_scale>{_SCALE}))?
            (?:{_PERCENT_JOIN}(?P<mixed_percent>{_PER_CENT}))?
        )
      | (?P<fraction>                           # two thirds, two-thirds, one third, half, a fifth
            (?:(?P<fraction_top>(?>{_CARDINALS}))(?:[ ]?-\s?|\s+))?
            (?P<fraction_word>{_FRACTION_WORD}|{_COMPOUND_FRACTION_END})(?!-(?!{_HALF_SCALE})[A-Za-z])
            (?:(?:\s+(?:of\s+an?\s+(?![a-z]{{1,9}}-)|an?\s+)  # "half a million", "a quarter
                 |(?:(?<=[Hh]alf)|(?<=[Qq]uarter)|(?<=[Qq]uarters))[ -](?={_HALF_SCALE}))
               (?P<fraction_of>{_SCALE}|dozen(?![A-Za-z])))?    # of a million", "a half-million";
                                                                # not "of a 100-member"
            (?:(?:{_PERCENT_JOIN}|\s+(?:of\s+(?:one|an?|1)|an?)\s+)  # "half of one per cent",
               (?P<fraction_percent>{_PER_CENT}))?                  # "half a percentage point"
        )
      | (?P<dozen_word>[Dd]ozen(?![A-Za-z]))    # a dozen (the article is read behind it)
      | (?P<fold_word>                          # a threefold increase (as "three-fold")
            (?P<fold_number>{_FOLD_NUMBER})fold(?![A-Za-z])
        )
      | (?P<words>                              # forty-seven, one hundred and twenty-three
            (?P<word_number>{_WORDS})
            (?:[ ]{_DECIMAL_WORDS}(?:\s+(?P<point_scale>{_SCALE}))?)?  # "two point five million"
            (?:\s+(?P<word_dozen>dozens?|{PLURAL_SCALE}|(?:lakh|crore)(?![A-Za-z])))?  # "two lakh"
            (?:{_PERCENT_JOIN}(?P<word_percent>{_PER_CENT})|(?:\s+|-)(?P<word_currency>{_CURRENCY_WORD}))?
        )
      )
    )
  | (?=\d)(?:(?<=[a-z][,;])|(?<=[a-z)"”’]))     # a footnote marker glued to a word: Cairo,1
    (?<![^A-Za-z][kcm]m)(?<![^A-Za-z]m)         # not an exponent: km2, m3
    (?P<glued>\d{{1,3}})(?![\w]|[.,]\d)
    """,
    re.VERBOSE,
)

# Where a match of NUMBER_PATTERN can start. Python's engine is slow when a pattern with
# many branches is tried at every position; these two are fast (the first starts with a
# character set, which the engine skips to; the second is a literal-first trie), and
# NUMBER_PATTERN is then tried only where one of them points.
#
# A digit or currency sign starts a candidate unless it is glued to a capital or digit
# before it; a full stop starts one before a digit when it is not itself glued (".08").
# A capital can start a symbol ("A/56/563", "E.95.XIII.18", "S-21/2"), a month, "No.",
# "US$" or a capitalised number or fraction word: what may follow it is a superset (a
# filter, not the grammar), words told apart by their first four letters under their own
# capital: "Seco" (second) but not "Secu" (Security).
_NUMBER_WORDS = [
    *CARDINAL_WORDS, *ORDINAL_WORDS, *FRACTION_WORDS, "dozen", "dozens",
    *(f"{word}fold" for word, value in CARDINAL_WORDS.items() if value > 1),
]  # fmt: skip
_WORD_STARTS = {
    *(w[:4].capitalize() for w in [*_NUMBER_WORDS, *MONTHS]),
    *(w[:4].upper() for w in [*CARDINAL_WORDS, *ORDINAL_WORDS, *MONTHS]),
    *("No.", "Nos", "SwF", "Rs", *CURRENCY_CODES, *CURRENCY_ABBREVIATIONS),
}


def _after_capital(starts: set[str]) -> str:
    """What may follow the capital of one of ``starts``, as one alternation.

    The letters after the capital are grouped by the first of them: a branch that starts
    with a literal is skipped by the engine on one comparison, a look-behind is not, and
    most capitals ("The", "United") start none of these words. Under each capital the
    words are tried in sorted order.
    """
    by_second: dict[str, dict[str, list[str]]] = {}
    for word in sorted(starts):
        by_second.setdefault(word[1], {}).setdefault(word[0], []).append(word[2:])
    return "|".join(
        re.escape(second)
        + "(?:"
        + "|".join(
            f"(?<={re.escape(capital + second)})(?:{'|'.join(map(re.escape, rests))})"
            for capital, rests in sorted(by_capital.items())
        )
        + ")"
        for second, by_capital in sorted(by_second.items())
    )


_AFTER_CAPITAL = _after_capital(_WORD_STARTS)
CANDIDATE_PATTERN = re.compile(
    rf"""[0-9{_SIGN_CHARACTERS}A-Z.{"".join(VULGAR_FRACTIONS)}](?:
        (?<=[0-9{_SIGN_CHARACTERS}])(?<![A-Z0-9].)
      | (?<={_VULGAR})(?<![\w.,].)
      | (?<=\.)(?<![\w.,].)(?=\d)
      | (?<=[A-Z])(?<![A-Za-z0-9].)(?:[A-Z]{{0,7}}[/.]|-|S-|{_AFTER_CAPITAL}
                                     |(?=S\s\$|(?:[A-Z]{{1,2}}|an|ex)?\$)  # US $, CAN$; not "A $5"
                                     |(?:dd|orr|ev|mend)\.[ ]?\d
                                     |(?<=[IVXLC])(?=[IVXLC]{{0,6}}(?![A-Za-z]))
                                      {_ROMAN_KEYWORD_BEHIND})
    )""",
    re.VERBOSE,
)
# A lower-case number word; group 1 is the word. The character before it is matched,
# not looked behind at, so that the engine can skip to it: that makes the search about
# 1.5x faster, but misses a word at the very start of the search, which
# WORD_START_PATTERN.match looks at.
_LOWER_WORD = rf"{word_alternation(_NUMBER_WORDS, cases='lower')}(?![A-Za-z])"
WORD_CANDIDATE_PATTERN = re.compile(rf"[^A-Za-z0-9]({_LOWER_WORD})")
WORD_START_PATTERN = re.compile(rf"(?<![A-Za-z0-9]){_LOWER_WORD}")

# Used when a match turns out not to be what its shape promised ("31 June 2000", a range
# that runs backwards): the digits and words inside it are read one by one.
FALLBACK_PATTERN = re.compile(
    rf"""
    (?<![A-Za-z0-9])(?:
        (?P<year>{_DIGITS_MAY_START}{_YEAR}(?![,.]\d|[\w/]))
      | (?P<count>{_DIGITS_MAY_START}(?P<number>{_NUMD})(?![\w/]))
      | (?P<words>{_WORDS})
    )
    """,
    re.VERBOSE,
)
