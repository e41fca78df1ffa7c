"""The names of people by their country: a closed list of the demonyms of UN Member States.

Reports of UNHCR, IOM and the Secretary-General count people by origin as they count them
by sex or age: "registered 1,217 Somalis and 39 Ethiopians", "the return of some 12,000
Ethiopians and an estimated 150,000 Eritreans", "86 Ethiopian males". A reader that adds
such counts up must know that "Somalis" names people and "Conventions" or "Parties" do
not; a rule on capitalised plurals after a count cannot tell them apart, and misses the
invariant plurals ("Sudanese", "Congolese", "Swiss"). So the names are a closed list: the
adjective or noun of every Member State's people as the UN's terminology writes it, with
the plural a count takes (:data:`DEMONYMS`), and a few peoples that UN texts count as
often and that have no Member State of their own ("Palestinians", "Sahrawis",
"Rohingya").

Examples
--------
>>> is_demonym("somalis"), is_demonym("South Sudanese"), is_demonym("conventions")
(True, True, False)
"""

from __future__ import annotations

__all__ = ["DEMONYMS", "demonym_of", "is_demonym"]

# One entry per people: the singular (adjective and noun), then its plural where it
# differs. Invariant names ("Sudanese", "Swiss") are written once. Lower case.
_NAMES = """
afghan afghans | albanian albanians | algerian algerians | andorran andorrans |
angolan angolans | antiguan antiguans | argentine argentines | argentinian argentinians |
armenian armenians | australian australians | austrian austrians |
azerbaijani azerbaijanis | bahamian bahamians | bahraini bahrainis |
bangladeshi bangladeshis | barbadian barbadians | belarusian belarusians |
belgian belgians | belizean belizeans | beninese | bhutanese | bolivian bolivians |
bosnian bosnians | botswanan botswanans | brazilian brazilians | bruneian bruneians |
bulgarian bulgarians | burkinabe burkinabes | burundian burundians |
cabo-verdean cabo-verdeans | cambodian cambodians | cameroonian cameroonians |
canadian canadians | central-african central-africans | chadian chadians |
chilean chileans | chinese | colombian colombians | comorian comorians |
congolese | costa-rican costa-ricans | ivorian ivorians | croatian croatians |
cuban cubans | cypriot cypriots | czech czechs | dane danes | danish |
djiboutian djiboutians | dominican dominicans | ecuadorian ecuadorians |
egyptian egyptians | salvadoran salvadorans | equatoguinean equatoguineans |
eritrean eritreans | estonian estonians | eswatini | swazi swazis |
ethiopian ethiopians | fijian fijians | finn finns | finnish | french | gabonese |
gambian gambians | georgian georgians | german germans | ghanaian ghanaians |
greek greeks | grenadian grenadians | guatemalan guatemalans | guinean guineans |
bissau-guinean bissau-guineans | guyanese | haitian haitians | honduran hondurans |
hungarian hungarians | icelander icelanders | icelandic | indian indians |
indonesian indonesians | iranian iranians | iraqi iraqis | irish | israeli israelis |
italian italians | jamaican jamaicans | japanese | jordanian jordanians |
kazakh kazakhs | kazakhstani kazakhstanis | kenyan kenyans | kiribati |
kuwaiti kuwaitis | kyrgyz | lao | laotian laotians | latvian latvians |
lebanese | mosotho basotho | liberian liberians | libyan libyans |
liechtensteiner liechtensteiners | lithuanian lithuanians | luxembourger luxembourgers |
malagasy | malawian malawians | malaysian malaysians | maldivian maldivians |
malian malians | maltese | marshallese | mauritanian mauritanians |
mauritian mauritians | mexican mexicans | micronesian micronesians |
monegasque monegasques | mongolian mongolians | montenegrin montenegrins |
moroccan moroccans | mozambican mozambicans | myanmar | burmese | namibian namibians |
nauruan nauruans | nepalese | nepali nepalis | dutch | new-zealander new-zealanders |
nicaraguan nicaraguans | nigerien nigeriens | nigerian nigerians |
north-korean north-koreans | macedonian macedonians | norwegian norwegians |
omani omanis | pakistani pakistanis | palauan palauans | panamanian panamanians |
papua-new-guinean papua-new-guineans | paraguayan paraguayans | peruvian peruvians |
filipino filipinos | filipina filipinas | polish | portuguese |
qatari qataris | korean koreans | moldovan moldovans | romanian romanians |
russian russians | rwandan rwandans | kittitian kittitians | saint-lucian saint-lucians |
vincentian vincentians | samoan samoans | sammarinese | santomean santomeans |
saudi saudis | senegalese | serbian serbians | serb serbs | seychellois |
sierra-leonean sierra-leoneans | singaporean singaporeans | slovak slovaks |
slovenian slovenians | slovene slovenes | solomon-islander solomon-islanders |
somali somalis | south-african south-africans | sudanese | spaniard spaniards |
spanish | sri-lankan sri-lankans | surinamese | swede swedes | swedish | swiss |
syrian syrians | tajik tajiks | tajikistani tajikistanis | tanzanian tanzanians |
thai thais | timorese | togolese | tongan tongans | trinidadian trinidadians |
tunisian tunisians | turk turks | turkish | turkmen turkmens | tuvaluan tuvaluans |
ugandan ugandans | ukrainian ukrainians | emirati emiratis | briton britons | british |
american americans | uruguayan uruguayans | uzbek uzbeks | uzbekistani uzbekistanis |
ni-vanuatu | venezuelan venezuelans | vietnamese | yemeni yemenis | zambian zambians |
zimbabwean zimbabweans |
south-sudanese |
palestinian palestinians | sahrawi sahrawis | rohingya rohingyas | kosovar kosovars |
kurd kurds
"""

#: Every demonym, singular and plural, in lower case; a name of two words is joined by a
#: hyphen ("south-sudanese" is read from "South Sudanese" by :func:`demonym_of`).
DEMONYMS: frozenset[str] = frozenset(_NAMES.replace("|", " ").split())

# The first word of a name of two words ("South Sudanese", "Sri Lankans"): the name is
# looked up joined by a hyphen, or by its last word where that is a demonym itself.
_FIRST_WORDS = frozenset(
    name.split("-")[0] for name in DEMONYMS if "-" in name and not name.startswith("ni-")
)


def demonym_of(words: list[str]) -> str | None:
    """The demonym that ``words`` (lower case) end with, or ``None``.

    Parameters
    ----------
    words
        A label's words in lower case, in text order.

    Returns
    -------
    str or None
        The demonym, joined by hyphens where it is written in two words.

    Examples
    --------
    >>> demonym_of(["south", "sudanese"]), demonym_of(["somalis"]), demonym_of(["states"])
    ('south-sudanese', 'somalis', None)
    >>> demonym_of(["sri", "lankans"])
    'sri-lankans'
    """
    if not words:
        return None
    if len(words) > 1 and words[-2] in _FIRST_WORDS:
        joined = f"{words[-2]}-{words[-1]}"
        if joined in DEMONYMS:
            return joined
    return words[-1] if words[-1] in DEMONYMS else None


def is_demonym(name: str) -> bool:
    """Whether ``name`` (any case, one or two words) names a people by its country.

    >>> is_demonym("Eritreans"), is_demonym("Sudanese"), is_demonym("Parties")
    (True, True, False)
    """
    return demonym_of(name.lower().split()) is not None
