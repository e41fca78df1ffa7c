"""Elections: the votes that candidates received in one ballot, as one tally.

"Ms. Okafor received 97 votes, Mr. Lindqvist 85 and Ms. Duarte 3", "Chile was elected with
140 votes; Peru received 40, and 2 ballots were left blank", "Mr. Haas was elected,
having obtained 99 votes against 80 for Ms. Rossi", "Kenya received 120 votes and Nepal
60, with 4 invalid ballots".

How the tally represents them: kind ``"vote"``; one part per candidate, its category the
candidate's name as written ("Iran (Islamic Republic of)", "Mr. Haas"); the ballots that
went to no candidate as parts of their own, "invalid ballots", "blank ballots" or
"abstentions". The members voting or the ballots cast, where the sentence states them
("with 189 members voting, ..."), are the total: see
:mod:`~surveystats.extract.tally_vote_frame`; so is the whole of the first candidate's
votes ("Dr. Amara won 133 of the 185 votes cast, the remaining 52 going to Dr. Keller",
the second candidate's part flagged ``remaining``); the rest of a ballot's votes may go
to candidates named only as others ("; the remaining 3 votes went to other Member States":
a part "other Member States", flagged ``remaining``). Where several seats are filled, a
ballot names several candidates, so the candidates' votes may add up to more than the
ballots cast. A candidate's votes are no role of a vote (in favour, against): their role
is "other".

A ballot is read from its first candidate: a name right before a verb of receiving
("received", "obtained", "won", "secured", "was elected with", "was elected ...,
having obtained", ", who received") and a count of votes; then, each once, further
candidates (a name and a count, the verb and "votes" elided or not, "Spain with 168"
after "was elected with 175 votes", or "N for NAME" after
"against" (a candidate may be named by what it is, in lower case: "the incumbent polled
61,200 votes against 48,930 for her challenger", or by whom it stands for: "the candidate
of the Asian Group received 67 votes, the candidate of Uganda 52"); the first one's
election may stand between: "..., was elected in the first round, while Peru received
40"; after a list of another form, a candidate written in full: "Gabon (50 votes) and
the Niger (47); Chad obtained 21 votes") and the ballots that went to none ("there
being 4 abstentions"), which a phrase on the ballot may precede ("... and Peru 60 in the
second round, with 4 members abstaining").
The verb may be a participle after the whole ("180 ballots were cast, Chile obtaining 101
votes and Peru 79"), follow an auxiliary ("Nepal had received 171 votes out of a possible
180, while Fiji picked up 165"), or give the votes to the candidates ("181 delegations
voted, giving 90 to Kenya and 86 to Ghana, with 5 abstaining"; the ballot as subject: "the
fourth ballot gave Kenya 41 votes and Nepal 40"); a name may hold initials ("Mr. Lester
B. Pearson"); votes "in favour of" a
name, or members who "voted for" it, are a candidate's where a second candidate follows in
the same form ("98 in favour of Chile and 81 in favour of Peru", "31 voted for Ms. Ruiz and
23 for Mr. Obi", never "in favour of Chile's amendment"); a name may follow its
candidature, a later one "that of" ("40 members voted for the candidature of Ms. Ruiz and
12 for that of Mr. Obi"). The sentence
after a ballot of two or more candidates may state the ballots that went to none, and
nothing else: "... and Peru 77. There were 12 abstentions." is one ballot. A later
candidate may keep only the "with" of the first one's "was elected with" ("Ghana was
elected with 170 votes, Kenya with 166"), follow "along with" or take a relative clause
with "that" ("along with Peru that received 133 votes"). The record of a ballot, each
figure after its label and a colon ("Votes cast: 175; abstentions: 4; required majority:
117; Ghana: 150; Togo: 25"), is read too: the candidates are the parts, the members
voting or the ballots cast the total, the required majority neither; its items may stand
one a line, the candidates after a heading "Number of votes obtained:" with their counts
after dot leaders ("Mr. Osei (Ghana) ........ 9"). A list of names and counts may also
follow the votes or the voting as subject of "was"/"were" ("The votes on the third ballot
were Ghana 41, Oman 38 and Fiji 12"), and candidates with their votes in parentheses need
no verb ("resulted in the election of Tonga (88 votes), Iceland (75) and Gabon (61)"),
nor do a ballot's results listed after a colon that announces them, where the paragraph
spoke of a ballot before ("The results were: Ms. Adam (Chad), 34; Mr. Berg (Peru), 15") or
the heading names it ("Results of the second round: Chile 120, Peru 71"); the ballots that
went to none may follow such a list label first ("...; abstentions 7"), and a later
candidate may set its count off by a comma ("Nepal obtained 150 votes; Maldives, 132").
A list that opens its sentence needs no heading where its first two candidates both have
"votes" after their counts ("Ms. Forenza, 42 votes; Ms. Lamberts, 51 votes; ...").
The counts may all be bare where a phrase naming the ballot follows the last ("Chile
received 95 and Peru picked up 91 in the first round") or the sentence counted votes
before the first ("where 124 votes were needed, Chile obtained 95 and Peru 91"), as they
may be when given to the candidates ("A total of 188 votes were cast: 97 for Ms. Haddad, 80
for Mr. Lindgren and 11 for Ms. Osei"; "and 10 were invalid" after them). A later
candidate may follow "ahead of" ("obtained the required majority with 131 votes, ahead
of Ms. Lindqvist with 58"), and a ballot may run on into the next sentence where that
opens on a further candidate and its verb and names no other round or ballot ("Ms. Haddad
was elected with 102 votes. Mr. Lindgren received 77 votes and Ms. Osei 9"). A later
candidate may also follow "followed by" ("Chile was elected with 130 votes; it was
followed by Peru with 99 and Fiji with 12", its count in parentheses: "followed by Peru
(99 votes) and Fiji (12)"); the first one's votes may stand in a
participle aside before its election ("Greece, having obtained 36 votes, was elected;
Portugal received 17"; "Mr. Roy, having received 92 votes to the 87 cast for Ms. Lund,
was declared elected") or in parentheses after "with" ("Ghana (with 150 votes) and Fiji
(with 131) were elected"); the only candidate of a ballot may have votes cast against it
("was elected, receiving 151 of the 162 votes cast, with 9 against and 2 blank ballots":
a part "against"). One candidate's votes are a tally alone only with the whole they
were cast from ("Chile, with 110 of the 185 votes cast, was elected", "was elected by 89
votes out of 99", "obtaining 155 votes out of a total of 169 ballots cast", "was
elected with 98 votes, with 170 countries present and voting",
"received a majority vote of the Conference with 112 votes out of 181"), never the votes
it needed ("64 of the 120 votes he needed"). A sentence after a ballot that states only
what framed it ("172 Member States were present and voting and the required majority was
83", "With 151 ballots cast, the required majority was 73") gives the ballot its whole,
where the votes fit in it, and the ballot may run on past it to a further candidate. A
lone candidate elected "by" its votes in the passive, with ballots for none and no side
against, is named by :func:`name_elected_alone`. A first candidate may carry its age
between commas ("Ms. Varga, 58, a former judge, won 112 votes"; an age is no later
candidate's count), and a later one may open the next sentence after its rank ("The
runner-up was Ms. Moreau, who received 14 votes"). A later
candidate may follow its candidature named before ("The candidature of Chile received 101
votes and that of Peru 77"). A
candidate's votes after "with" may be set against another's after a possessive ("Chile,
which ended the day with 102 votes to Peru's 77") or after "to the N cast for" ("was
elected with 96 votes to the 90 cast for Ms. Ndiaye"); the first candidate's votes may name
the body that cast them, as in an election to the Court ("Judge Amadi obtained 97 votes in
the General Assembly and Mr. Berg 85"; "gathered" and "mustered" are verbs of receiving).
The first candidate's votes may stand in an aside with their whole ("Ms. Ito, with 98
of the 180 votes cast, was elected; Mr. Obi obtained 82") or open the sentence in a
participle ("Receiving 67 of the 84 votes cast, Ms. Mbeki defeated her closest rival, who
obtained 17"); a later candidate may follow what it is ("; his rival, Mr. Obi, received
89"), and a candidate's share of the vote in parentheses after its count is its share
("received 1,065,597 votes (59.4 per cent) and Mr. Yao 587,267 (32.7 per cent)").
A list of names may share one verb: with as many counts "respectively" ("Neither Chad nor
Peru obtained the required majority, with 100 and 80 votes respectively") or one count
"each" (before the verb or after the votes: "obtained 95 votes each"). A later candidate
may take a participle after "with" ("Japan obtained 176 votes, with Fiji receiving 9"), the
required majority may stand between two candidates as an aside ("..., the required
majority being 64, and ..."), and a candidate written in full may follow the others'
election ("Finland, with 140 votes, and Chile, with 133, were elected, while Nepal
obtained 97 votes"); the other candidate's possessive may end on an apostrophe alone ("to
Cyprus' 66"). The options of a plebiscite are read as candidates, in lower case too, where
the votes were cast for them or voters voted for them ("93,500 votes were cast for union
with the Gold Coast and 61,200 for separate status", "6,100 voted for independence and
3,900 for integration"; two options or more). One candidate alone is no tally
("Ghana received 150 votes and was elected"); a count of votes "in favour" or "against"
belongs to a vote on a text, not to a candidate, unless the vote names the candidates it
chose between ("elected Ms. Okafor by 30 votes to 28 for Mr. Lindqvist", "chose Lisbon
over Montreal by 74 votes to 69"; a headline may elide the subject of the second clause:
"Elects Ms. Ruiz President of Eightieth Session; In Secret Ballot, Receives 99 Votes to 85
for Mr. Obi", and a candidate's office and what it is of are no part of its name):
:func:`name_vote_candidates` gives the sides their names.
As press releases write them: the first candidate may be named by its election and its
votes given to the pronoun after it ("The Assembly elected Ms. Ruiz; she received 109
votes, while Mr. Obi obtained 64", "elected Chile after a second round in which it
received 27 votes and Peru 26"; by its appointment, nomination or success, the pronoun
alone with the whole: "Mr. Zhao was successful in his bid. He won with 152 votes, with 152
countries present and voting"), or lose, its votes in a participle after the loss
("Serbia lost its bid for a seat, obtaining 108 votes against 121 for Czechia"); a later
candidate may take a relative clause before its verb ("; Austria, which was not a
candidate, received 2"), two names may share one count ("and Chad and Mali 40 each"), a
second pair of lists may follow a first without "respectively" ("Chile and Peru were
elected with 150 and 140 votes respectively; the other candidates, Fiji and Togo, obtained
60 and 41"), and the candidate chosen over another may have it named after the vote
(", over Mr. Asante") or be the subject ("Mr. Roy was elected over Ms. Lund ..., by 97
votes to 92").
As news writes them: a candidate may be named by what it is with a place or party before
the noun ("while the South African candidate got 26", "the Botswana candidate got 16
votes, Equatorial Guinea, 12 votes, and Uganda's candidate got 11"), by the party it
stands for before its name ("; while the candidate of the New Nigeria Peoples Party NNPP,
Engr. Rabiu Kwankwaso garnered 1,496,687 votes") or after it ("Mr. Delgado of the
National Renewal Party received ...": "Mr. Delgado"); a win may stand before the votes
("emerged winner of the election having polled 8,794,726 votes", "attained a massive win
with 134,705 votes"); the first candidate may come behind the later ones ("Russia
getting 112 votes came behind Hungary (144 votes) and Croatia (114 votes)"); later
candidates may be a pair of lists ("..., while Mr. Sow and Ms. Berg obtained 84 and 79
votes, respectively"); the next sentence's candidate may follow the source of the
results and a connective (", according to the final results. Meanwhile, the candidate
of the PPM, outgoing President Yameen received 96,052 votes"), and a share of the votes
beside a count is the candidate's share ("96,052 votes, which is 41.6% of the votes
cast", ", or 35.0 per cent,").
Every pattern is anchored and bounded, so the time is linear.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple

from surveystats.extract.roles import role_of
from surveystats.extract.tally_items import Item
from surveystats.extract.tally_parts import (
    COUNT_PATTERN,
    GAP,
    NONE_PATTERN,
    OUT_OF_TOTAL,
    Part,
    Tally,
    holds_any,
    literal_positions,
    matches_from,
    read_count,
)
from surveystats.extract.tally_vote_frame import voters_stated_after
from surveystats.text import MONTH_PATTERN, scale_value, sentence_starts

__all__ = [
    "BALLOT_CATEGORY",
    "BALLOT_KINDS",
    "ELECTION_LITERALS",
    "REQUIRED_MAJORITY",
    "ballot_category",
    "find_elections",
    "find_party_results",
    "join_ballots_for_none",
    "name_elected_alone",
    "name_vote_candidates",
]

#: Words one of which every ballot this module reads holds (lower case), besides "vote".
# The words of a tie, which shares one count among names without "each".
TIE_LITERALS = (" tied ", " level on ", " level at ", " level with ")
# A ballot's tie with its score and the two candidates after it: "The fourth round ended in
# a 29-29 tie between A and B" (see _TIE_BETWEEN).
TIE_BETWEEN_LITERALS = (" tie between ", "deadlock between ", " draw between ")
# A tie with its score after the two candidates it names: "Chile and Peru ended in a 29-29
# tie", "Chile and Peru were locked in a 40-40 deadlock" (see _TIE_NAMED_BEFORE).
TIE_NAMED_LITERALS = (" tie", " draw", " deadlock", " dead heat")
ELECTION_LITERALS = (
    *("received", "obtained", "elected", "won ", "secured", "garnered", "polled", " got "),
    *("attained", "amassed", "bagged", "getting", "attaining", "amassing", "bagging"),
    "emerged ",  # "Mr. Ali emerged winner of the election having polled 8,794 votes"
    "appointed ",  # "Ms. Haddad was appointed with 120 votes to 66 for Mr. Lund"
    # any passive verb of choice: "Mr. Sato was named as Registrar, with 90 votes and ..."
    *(" named ", " chosen ", " selected ", " confirmed ", " announced ", " proclaimed "),
    *("receives", "obtains", "elects "),  # a headline: "Elects A President; Receives 99 Votes"
    *("receiving", "obtaining", "winning", "securing", "garnering", "polling"),
    *("gathered", "gathering", "mustered", "mustering", "collected", "collecting"),
    *("earned", "earning", "attracted", "attracting"),
    *("gained", "gaining", "scored", "scoring", "picked up", "picking up", "giving "),
    *("came ", "finished", " led ", "trailed", "placed ", "ranked ", "ended "),
    *("topped the ", "headed the ", "carried the ", "tops the ", "heads the ", " lead"),
    "saw ",
    "had ",  # before a count of votes only (see _RECEIVING)
    *(" in favour of ", " in favor of ", "vote was ", "vote stood "),
    "gave ",
    *(
        *(" each ", " each.", " each,", " each;"),  # "95 votes each." ends its sentence
        *TIE_LITERALS,
        "respectively",
        "defeated",
        " beat ",
        *TIE_BETWEEN_LITERALS,  # "The vote ended in a 95-95 tie between Chile and Peru"
        *TIE_NAMED_LITERALS,  # "Chile and Peru ended in a 95-95 tie"
        "edged out",
        "prevailed",
        ": ",
        " went to ",
        " voted for ",
        " cast for ",
        " chose ",
        " opted for ",
        "votes for ",
        " were for ",
        "votes)",
        *(" was supported by ", " was backed by "),  # "Chile was supported by 160 votes"
        *("ballot were ", "ballot was ", "votes were ", "voting was ", "voting were "),
        *("  votes", "\tvotes", "  number of votes"),  # a table's heading: "Candidate   Votes"
        *(" votes, ", " votes; "),  # a list of candidates: "Chile, 42 votes; Peru, 51 votes"
    ),
)

_FLAGS = re.IGNORECASE | re.VERBOSE
# A candidate: a person with a title or a country, capitalised words that "of", "the",
# "and" may join ("Bosnia and Herzegovina"), with one parenthesis after them ("Iran
# (Islamic Republic of)").
# Titles abbreviated with a full stop as press releases write them ("Prof. Ade", "Engr. Rabiu
# Kwankwaso", "Hon. Mary Lema"), the stop no end of a sentence there.
_TITLE = (
    r"(?:Mr|Ms|Mrs|Dr|Judge|Sir|Dame|Professor|Ambassador|Prof|Engr|Hon|Gen|Sen|Rev|Gov|Amb"
    r"|Mme|Mlle)\.?"
)
# Capitals of Latin-1 and Latin Extended-A: "Čekuolis", "Łukasz", "Şahin".
_CAPITAL_LETTER = "A-ZÀ-ÖØ-Þ" + "".join(
    chr(code) for code in range(0x100, 0x180) if chr(code).isupper()
)
_CAPITAL = rf"(?-i:[{_CAPITAL_LETTER}])[\w’'-]{{1,30}}"
# Lower-case words inside a name: "Bosnia and Herzegovina", "Hamad bin Khalifa", "Ana de
# la Cruz", "Yusuf al-Rashid".
_PARTICLE = (
    r"(?-i:of|the|and|de|da|das|do|dos|du|di|del|della|la|le|van|der|den|von|bin|bint|ibn"
    r"|ben|d[’']|al-|el-)"
)
# An initial stands inside a name, before another word of it: "Mr. Lester B. Pearson";
# initials may be written together ("J.M. Arias").
_INITIAL = r"(?-i:[A-Z])\.(?:(?-i:[A-Z])\.){0,2}(?=\s{1,3}(?-i:[A-Z]))"
# A word that opens a clause of its own is no first word of a name: "While Chile received
# 90 votes, Peru ...", "Meanwhile Peru obtained 40".
_CLAUSE_OPENER = r"(?-i:Wh(?:ile|ilst|ereas|en)|Al?though|Meanwhile|However)\b"
# A name opens on a capital, its title's too: tested first, so that the many patterns that
# try a name at every word give up at once on a word in lower case.
_NAME = rf"""
    (?=(?-i:[{_CAPITAL_LETTER}]))(?!{_CLAUSE_OPENER})
    (?:{_TITLE}{GAP}(?:{_PARTICLE}(?-i:{GAP}|(?=[A-Z]))){{0,2}})?(?:{_CAPITAL}|{_INITIAL})
    (?:(?:{GAP}(?:{_PARTICLE}(?-i:{GAP}|(?=[A-Z]))){{0,2}})(?:{_CAPITAL}|{_INITIAL})){{0,5}}
    (?:{GAP}\((?-i:[A-Z])[^()\d]{{1,50}}\))?
"""
# A candidate named by what it is, in lower case after a determiner: "the incumbent",
# "her challenger", "his rival", "the ruling party's candidate" (its name, the
# determiner dropped, is the part's category).
_ROLE_NOUN = r"(?-i:incumbent|challenger|rival|opponent|runner-up|contender|nominee|candidate)"
# A candidate named by whom it stands for, as a body that elects its officers by regional
# group writes it: "the candidate of Uganda", "the nominee of the Asian Group".
_CANDIDATE_OF = rf"(?-i:candidate|nominee){GAP}(?:of|from){GAP}(?:the{GAP})?{_NAME}"
# A modifier of a role noun: a word in lower case, or a capitalised one, as an adjective of
# nationality or a place or party named before the noun is ("the Chinese candidate", "the
# French nominee", "the South African candidate", "the Botswana candidate", "the Labour
# challenger", "the PPM candidate").
_ROLE_MODIFIER = (
    r"(?:(?!(?:the|an?|his|her|its|their|of|and|or|in|on|at|for|with)\b)(?-i:[a-z])[\w’'-]{1,20}"
    r"|(?-i:[A-Z])[\w’'-]{1,20})"
)
_ROLE_NAME = rf"""
    (?:the|his|her|their|its){GAP}(?:{_ROLE_MODIFIER}{GAP}){{0,3}}?
    (?:{_CANDIDATE_OF}|{_ROLE_NOUN}(?![\w-]))
"""
# What a candidate is, in apposition before its name, commas around the name: "his rival,
# Mr. Obi, received 89", "Egypt's candidate, Ms. Adly, came third with 11 votes", "the
# Chilean nominee, Mr. Soto, obtained 40".
_POSSESSOR = rf"{_CAPITAL}(?:{GAP}and{GAP}{_CAPITAL})?['’]s"
_APPOSED_ROLE = rf"""
    (?:(?:his|her|its|their|the)|{_POSSESSOR}){GAP}(?:{_ROLE_MODIFIER}{GAP}){{0,2}}?
    # whom the candidate stands for may follow the noun: "the candidate from the Russian
    # Federation, Mr. Ismailov, received 25 votes"
    (?:{_CANDIDATE_OF}|{_ROLE_NOUN})\s{{0,3}},{GAP}
"""
# A political party, as press releases name a candidate's: capitalised words ending on a
# word of a party, what it is of and its acronym after it ("the Peoples Democratic Party
# PDP", "Maldivian Democratic Party (MDP)", "ruling Progressive Party of Maldives (PPM)"),
# or its acronym alone ("the NNPP").
_PARTY_NOUN = (
    r"(?-i:Party|Congress|Alliance|Front|Movement|Union|Coalition|League|Rally|Bloc"
    r"|Convention)"
)
_PARTY = rf"""
    (?:the{GAP})?(?:(?!(?:and|while|whereas|but)\b)(?-i:[a-z]{{3,15}}){GAP}){{0,2}}?
    (?:(?:{_CAPITAL}{GAP}(?:(?:of|the|and|for){GAP}){{0,2}}){{0,5}}?{_PARTY_NOUN}
        (?:{GAP}(?:of|for){GAP}(?:the{GAP})?{_CAPITAL})?                   # "Party of Maldives"
        (?:{GAP}(?:\((?-i:[A-Z]{{2,8}})\)|(?-i:[A-Z]{{2,8}})(?![\w’'-])))?  # "(MDP)", "PDP"
      | (?-i:[A-Z]{{2,8}})(?![\w’'-]))
"""
# The party a candidate stands for, after its name: "Alhaji Atiku Abubakar of the Peoples
# Democratic Party PDP got 6,984,520 votes" (no part of the name).
_PARTY_AFTER_NAME = rf"(?:{GAP}(?:of|from){GAP}{_PARTY})?"
# What a candidate is, the party it stands for after it, before the name (a comma or none
# between): "the candidate of the New Nigeria Peoples Party NNPP, Engr. Rabiu Kwankwaso
# garnered", "Presidential Candidate of the Labour Party LP, Mr Peter Obi scored", "The
# candidate of Maldivian Democratic Party (MDP) Ibrahim Mohamed Solih"; what the person
# is may follow in lower case ("candidate of ruling Progressive Party of Maldives (PPM),
# outgoing President Abdulla Yameen").
_ROLE_OF_PARTY = rf"""
    (?:(?:the|a|its|their){GAP})?(?:{_ROLE_MODIFIER}{GAP}){{0,2}}?
    (?-i:[Cc]andidate|[Nn]ominee|[Ff]lag-?bearer|[Ss]tandard-?bearer)
    {GAP}(?:of|for|from){GAP}{_PARTY}
    (?:\s{{0,3}},)?{GAP}(?:(?!(?:and|while|whereas|but|who|which)\b)(?-i:[a-z][\w-]{{2,15}}){GAP}){{0,2}}
"""
_ROLE_DETERMINER = re.compile(
    rf"""^(?:the|his|her|their|its)\s+(?=(?:{_ROLE_MODIFIER}\s+){{0,3}}?
    (?:{_ROLE_NOUN}$|(?-i:candidate|nominee)\s+(?:of|from)\s))""",
    _FLAGS,
)
# An option of a referendum named by its noun: 'the "yes" option', 'the "no" side' (its
# category the quoted answer), 'the first alternative', 'option A'.
_OPTION_NOUN = r"(?-i:options?|alternatives?|sides?|camps?|choices?)"
_QUOTED_OPTION = re.compile(
    rf"""^(?:the\s+)?[\"“'‘](?P<answer>[^\"“”'‘’\d]{{1,30}})[\"”'’]\s+{_OPTION_NOUN}$""",
    re.IGNORECASE,
)
_OPTION_NAMED = rf"""
    (?:(?:the{GAP})?[\"“'‘][^\"“”'‘’\d]{{1,30}}[\"”'’]{GAP}{_OPTION_NOUN}
      | (?:the{GAP})?(?-i:first|second|third|fourth|last){GAP}(?-i:option|alternative|proposal)
      | (?-i:[Oo]ption|[Aa]lternative){GAP}(?-i:[A-Z])(?![\w’'-]))(?![\w-])
"""
_OPTION_NAME = re.compile(rf"^(?:the\s+)?(?P<option>{_OPTION_NAMED})$", _FLAGS)
# Capitalised words that open a sentence or name a body: no candidate.
_NO_CANDIDATE = re.compile(
    r"^(?:The|This|That|These|It|He|She|They|Each|Both|Neither|Either|Which|Who|Its|Their"
    r"|In|On|At|After|Having|With|Of|While|Whereas"
    rf"|Draft|Resolution|Amendment|Proposal|Motion|{MONTH_PATTERN})\b"
    r"|\b(?:Council|Assembly|Committee|Commission|Board|Resolution|Amendment|Proposal|Motion"
    r"|Decision|Draft|Text|Report|Candidate|Candidates)\b"
)
_VOTES_WORD = r"votes?\b"
# A count of votes with its thousands set apart by blanks, as some press copy writes them
# ("polled 8, 794, 726 votes"), is no count that ends after its first group: a bare count
# ("garnered 1") is never read where such groups and "votes" follow it.
_NOT_SPACED_GROUP = rf"(?!,\s{{1,2}}\d{{3}}(?:,\s{{1,2}}\d{{3}}){{0,2}}{GAP}(?:valid{GAP})?votes\b)"
_RECEIVING = (
    rf"(?:received|obtained|won|secured|garnered|gathered|mustered|polled|got|gained|scored"
    rf"|collected|earned|attracted|picked{GAP}up"
    rf"|attained|amassed|bagged"  # press words: "Mr. Obi bagged 6,101,533 votes"
    # "Mr. Ito had 97 votes": "had" receives only before a count of votes
    rf"|had(?={GAP}(?:only{GAP}|just{GAP})?{COUNT_PATTERN}{GAP}(?:valid{GAP})?votes\b))"
)
# Names that tied share one count, "each" left out or not: "Denmark and Italy tied on 114
# votes", "were tied at 95 votes each", "were level with 60".
_TIED = rf"(?:were{GAP})?(?:tied|level){GAP}(?:at|on|with)"
_TIED_WORD = re.compile(r"\b(?:tied|level)\b", re.IGNORECASE)
# The bare infinitive after a verb of seeing: "the fourth round saw Chile obtain 112 votes"
_RECEIVING_BARE = r"(?:receive|obtain|win|secure|garner|poll|gain|collect|earn|attract)"
_SAW = re.compile(r"\b(?:saw|sees|see|seen)\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
_RECEIVING_ING = (
    rf"(?:receiving|obtaining|winning|securing|garnering|gathering|mustering|polling|gaining"
    rf"|scoring|collecting|earning|attracting|picking{GAP}up|getting|attaining|amassing|bagging)"
)
# An adverb of time or order between a candidate and its verb: "Peru now received 27 votes".
_TIME_ADVERB = r"(?:now|then|again|also|later|subsequently|finally|eventually)"
# The place a candidate came in: "came second", "came in third place", "finished first",
# "finished", "led", "trailed".
_RANK = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|last)"
_RANKED = (
    rf"(?:(?:came|finished|placed|ranked|ended(?:{GAP}up)?)"
    rf"(?:{GAP}(?:in{GAP})?(?:the{GAP})?{_RANK}(?:{GAP}place)?)"
    rf"|(?:finished|led|trailed)"
    # "Indonesia topped the ballot with 186 votes", "led the first round", "led the count";
    # what the ballot was for or among may follow ("led the voting for the African seats
    # with 182 votes", "topped the voting among Asian States, with 180 votes")
    rf"|(?:(?:topped|tops|headed|heads|led|leads?){GAP}the"
    rf"|(?:led|leads?){GAP}in(?:{GAP}the)?){GAP}(?:{_RANK}{GAP})?"  # "Malawi leads in votes"
    rf"(?:ballot|poll|votes?|voting|list|results|count|round|field)"
    rf"(?:{GAP}(?:for|among|in){GAP}[^\d.;:(),]{{1,60}}?)?)"
)
# The participle of a rank: "saw Chile coming first with 19 votes".
_RANKED_ING = (
    rf"(?:coming|finishing|placing|ranking|ending(?:{GAP}up)?)"
    rf"{GAP}(?:in{GAP})?(?:the{GAP})?{_RANK}(?:{GAP}place)?"
)
# What makes a count of votes one for a text, not for a candidate.
_FOR_TEXT = (
    rf"(?!{GAP}(?:in{GAP}favou?r|against{GAP}(?!{COUNT_PATTERN}|{_NAME}[’']s\b)"
    rf"|for{GAP}(?:it|the|this|that)\b))"
)
# The required majority a candidate obtained before its votes: "obtained the required
# majority, with 131 votes" (never "obtained the required majority of 97 votes": that
# count is what the ballot needed).
_MAJORITY_WITH = (
    rf"the{GAP}(?:required|necessary|requisite)(?:{GAP}two-thirds)?{GAP}majority"
    rf"\s{{0,3}},?{GAP}with"
)
# What may open the whole a candidate's votes were cast from: "out of a possible 190",
# "out of the 190 cast", "out of a total of 169 ballots".
_WHOLE_OPENING = rf"(?:a{GAP}(?:possible|total{GAP}of){GAP}|the{GAP})"
# "from" opens the whole of a candidate's votes as "out of" does where the votes were cast:
# "received 92 votes from 180 votes cast", "gaining 83 votes from the 193 cast" (never "from
# 12 countries", some of the voters, nor "from the 180 needed").
_FROM_CAST = rf"""from(?={GAP}(?:the{GAP})?{COUNT_PATTERN}
    (?:{GAP}(?:valid{GAP})?(?:votes|ballots))?{GAP}cast(?:ed)?\b)"""
_FIRST = re.compile(
    rf"""
    (?<![\w.’'-])(?P<apposed>{_APPOSED_ROLE})?
    (?P<set_off>(?<=,\s))?  # a name in apposition: "The Foreign Minister, Mr. Ali, was elected"
    (?:(?-i:The){GAP}(?=(?-i:[A-Z])))?  # "The Philippines, with 98 votes, came third behind ..."
    (?P<name>{_OPTION_NAMED}|{_NAME}|{_ROLE_NAME}
        # a candidate named by whose it is: "Egypt's candidate obtained 11 votes"
        |(?(apposed)(?!)|{_POSSESSOR}{GAP}(?:{_ROLE_MODIFIER}{GAP})?{_ROLE_NOUN}(?![\w-]|\s{{0,3}},)))
    {_PARTY_AFTER_NAME}  # "Mr. Abubakar of the Peoples Democratic Party got 6,984,520 votes"
    (?(apposed)\s{{0,3}},)  # "Egypt's candidate, Ms. Adly, received 11 votes"
    # the candidate's age, as press copy gives it: "Qu, 55, a biologist by training, won"
    # (its comma closes it, unless an apposition follows: "Ms. Ruiz, aged 54, was elected")
    (?:\s{{0,3}},{GAP}(?:aged{GAP})?[1-9]\d(?=\s{{0,3}},)
        (?:\s{{0,3}},(?!{GAP}(?:the|a|an|its|his|her|their|which|who|(?-i:[a-z]){{2,20}}ing)\b))?)?
    # what the candidate is, in apposition after the name: "Ms. Ali, the sole candidate,
    # received 177 of the 178 votes cast"
    # or what it was doing, in a relative clause or a participle: "Chile, which was seeking
    # a second term, obtained 90 votes", "Russia, seeking to return to the Council, received"
    # or a phrase on its race: "Slovenia, in competition with Belarus for the seat of the
    # Eastern European Group, obtained 153 votes"
    (?:\s{{0,3}},{GAP}(?:the|a|an|its|his|her|their
            |(?:which|who)(?!{GAP}(?:(?:had|has){GAP})?{_RECEIVING}\b)
            |(?-i:[a-z]){{2,20}}ing\b
            |(?-i:in|as|like|despite|unlike)(?={GAP}(?-i:[a-z]))
            # an office whose it is, an adverb or "former" before it: "Mr. Sato, Japan's
            # envoy to the Conference, received", "Ms. Ruiz, currently deputy head of the
            # office, obtained", "Mr. Obi, former minister of trade, won"
            |{_POSSESSOR}|(?-i:[a-z]){{2,20}}ly\b|(?-i:former))
        {GAP}(?-i:[a-z])[^\d,;:.()]{{0,120}}?
        \s{{0,3}},(?={GAP}(?:{_RECEIVING}|was|has)\b))?
    (?:(?(set_off)\s{{0,3}},?){GAP}(?:was|has{GAP}been|had{GAP}been)
        (?:{GAP}(?:on{GAP}(?-i:[A-Z])[a-z]{{2,8}}|today|yesterday))?  # "was on Monday elected"
        # any passive verb of choice: "was named", "was chosen as", "was announced as"
        {GAP}(?:(?:re-?)?elected|appointed
          |(?:named|chosen|selected|confirmed|announced|proclaimed|declared)
            (?={GAP}as\b|{GAP}(?-i:[A-Z])))
        # "on the fourth ballot", "President of the seventy-sixth session of the ...", "to
        # the Postal Operations Council (POC)", "President of the 76th session"
        # "on the second (restricted) ballot"
        (?:{GAP}(?:[^\d.;:()]|\((?-i:[A-Z]{{2,8}}|[a-z]{{3,15}})\)
            |(?<![\w.,])\d{{1,3}}(?-i:st|nd|rd|th)\b
            # "for a 4-year term", "by the agency's 56-member governing body"
            |(?<![\w.,])\d{{1,3}}-(?:year|month|member|nation)\b
            |(?<![\w.,])(?:19|20)\d\d(?![\w.,]\d)){{1,100}}?)?  # "Chair for 2025"
        (?:\s{{0,3}},?{GAP}(?:(?:having|after){GAP}(?:obtained|received|secured|won)
            | {_RECEIVING_ING}|with)
          | {GAP}(?:with|by))
      # "Ukraine, with 109 votes, edged out ...", "India with 56 votes and Chile with 50
      # were elected" (a further candidate or the votes' whole must follow for a ballot);
      # the votes' whole may follow them ("Mr. Ali, with 101 votes out of 190 cast, was
      # declared elected", "Chile, with 98 of the 180 votes cast, was elected"); a
      # participle may stand for "with" ("Greece, having obtained 36 votes, was elected;
      # ..."), and the votes of another
      # candidate may follow ("Mr. Roy, having received 92 votes to the 87 cast for Ms.
      # Lund, was elected")
      # (the required majority before "with": "Mr. Roy, having obtained the required
      # majority with 112 votes, was elected; ...")
      | \s{{0,3}},?{GAP}(?:with|(?<=,\s)having{GAP}{_RECEIVING}(?:{GAP}{_MAJORITY_WITH})?)
        (?=\s{{1,3}}\S{{1,20}}
          (?:{GAP}(?:out{GAP}of|of{GAP}the){GAP}\S{{1,20}})?{GAP}(?:valid{GAP})?votes
          (?:{GAP}out{GAP}of{GAP}(?:the{GAP})?\S{{1,20}})?(?:{GAP}cast)?
          \s{{0,3}}(?:,|and\b|(?:to|against|as{GAP}against){GAP}(?:the{GAP})?\S{{1,20}}{GAP}
            (?:votes{GAP})?(?:cast{GAP})?for\b))
      # a candidate that lost, its votes in a participle after the loss: "Serbia lost its
      # bid for the seat, obtaining 108 votes against 121 for Czechia", "Chile failed to
      # win a seat, with 90 votes"
      # (a candidate named by what it is keeps no such loss: "The candidate was defeated,
      # receiving 22 votes against 51 for the incumbent" is none, see _first_parts)
      | {GAP}(?P<lost>lost|failed|fell{GAP}short|missed{GAP}out|was{GAP}(?:not{GAP}elected
          |eliminated|defeated|unsuccessful))(?:{GAP}[^\d.;:()]{{1,80}}?)?\s{{0,3}},{GAP}
        (?:{_RECEIVING_ING}|having{GAP}{_RECEIVING}|with)
      # a candidate's rank with its votes: "Ms. Diaz came in third place with 21 votes",
      # "Mr. Berg finished second with 30", "Chile led with 90 votes"; a win with them:
      # "Mr. Roy won with 61,200 votes against 48,930 for Ms. Lund", "prevailed with"
      # (an adverb of time or order before it: "Chile again came first with 20 votes"; its
      # participle: "saw Chile coming first with 19 votes"; the round named again before the
      # votes: "came first, this time with 20 votes")
      | {GAP}(?:{_TIME_ADVERB}{GAP})?(?:{_RANKED}|{_RANKED_ING}|won|prevailed|triumphed)
        \s{{0,3}},?{GAP}(?:(?:this|that){GAP}time{GAP})?with
      # or "on" its votes: "Ghana led on 120 votes", "Ms. Rossi finished first on 97 votes"
      | {GAP}{_RANKED}{GAP}on(?={GAP}{COUNT_PATTERN}{GAP}votes\b)
      # "Mr. Okafor carried the run-off with 28 votes against 22 for Ms. Lind"
      | {GAP}carried{GAP}the{GAP}(?:[a-z][\w-]{{1,20}}{GAP})?
        (?:run-?off|ballot|vote|round|election|contest)\s{{0,3}},?{GAP}with
      # a win stated before the votes: "Mr. Ali emerged winner of the election having polled
      # 8,794 votes", "Ms. Ruiz was declared the winner, with 97 votes", "emerged victorious
      # with 130 votes"
      | {GAP}(?:emerged|(?:was|has{GAP}been){GAP}(?:declared|announced|proclaimed))
        (?:{GAP}as)?(?:{GAP}the)?(?:{GAP}(?:clear|outright|overall|eventual))?
        {GAP}(?:winner|victor|victorious)(?:{GAP}(?:of|in){GAP}[^\d.;:(),]{{1,60}}?)?
        \s{{0,3}},?{GAP}(?:having{GAP}{_RECEIVING}|{_RECEIVING_ING}|with)
      # "the appointment of Mr. Sato, who received 104 votes, and of ...", with no comma as
      # news copy writes it: "were Guyana which received 191 votes, Sierra Leone 188 votes"
      | (?:\s{{0,3}},)?{GAP}(?:who|which)(?:{GAP}(?:had|has))?{GAP}{_RECEIVING}
      # "..., Chile obtaining 90 votes and ...", "Chile had received 90 votes", "Chile
      # again received 90 votes" (an adverb of time or order before the verb)
      | {GAP}(?:{_TIME_ADVERB}{GAP})?(?:(?:had|has|have){GAP})?(?:{_RECEIVING}|{_RECEIVING_ING}
        |(?P<bare>{_RECEIVING_BARE}))     # "saw Chile obtain 112 votes" (see _first_parts)
        (?:{GAP}{_MAJORITY_WITH}                    # "obtained the required majority, with"
          | {GAP}(?:the|an?){GAP}(?:[a-z][\w-]{{1,20}}{GAP}){{0,2}}     # "won the vacant seat with"
            (?:seat|post|election|ballot|vote|contest|run-?off|round|position|office|presidency
              |term|mandate                                  # "secured a second term with"
              |win|victory|landslide)          # "attained a massive win with 134,705 votes"
            # "received a majority vote of the Member States with 105 votes out of 179"
            (?:{GAP}of{GAP}(?:the{GAP})?[\w-]{{2,20}}(?:{GAP}[\w-]{{2,20}}){{0,5}})?
            # "won the election, receiving 98 votes to Ms. Lund's 90"
            (?:\s{{0,3}},?{GAP}with|\s{{0,3}},{GAP}{_RECEIVING_ING}))?)
    # "received only 61 votes", "received all 152 votes cast", "received a large majority
    # of 108 votes", "received a total of 108 votes out of 191 cast"
    {GAP}(?:(?:only|just|all|a{GAP}total{GAP}of|a{GAP}(?:[a-z]{{3,12}}{GAP})?majority{GAP}of){GAP})?
    (?P<n>{COUNT_PATTERN})
    # "won 133 of the 185 votes cast", "with 110 out of 185 votes"
    (?:{GAP}(?:of{GAP}the|out{GAP}of(?:{GAP}the)?){GAP}(?P<whole>{COUNT_PATTERN}))?
    # "won 133 of the 185 votes cast", "received 97 of the 185 valid ballots"
    # "received 152 votes cast" (the votes' whole may follow: "out of 160")
    # "obtained 139 of the votes, while ..." (a share of the ballot's votes, no whole named)
    {GAP}(?(whole)(?:valid{GAP})?(?:votes?|ballots)\b|(?:of{GAP}the{GAP})?{_VOTES_WORD})
    {_FOR_TEXT}(?:{GAP}cast\b)?
    # "received 185 votes out of a possible 190", "... out of the 190 cast"
    # (in parentheses too: "with 106 votes (out of 156 countries)")
    # ("out of a total of 169 valid ballots cast")
    (?(whole)|(?:(?:{GAP}|\s{{0,3}}\(\s{{0,2}})(?:out{GAP}of|{_FROM_CAST}){GAP}{_WHOLE_OPENING}?
        (?P<possible>{COUNT_PATTERN})
        (?:{GAP}(?:valid{GAP})?(?:votes|ballots|(?:member{GAP})?(?:countries|States|members))
          (?:{GAP}cast(?:ed)?)?
          |{GAP}cast(?:ed)?)?(?![\w-])(?:\s{{0,2}}\))?)?)
    (?:{GAP}(?:in|at|on){GAP}the{GAP}(?:[a-z]+{GAP})?(?:round|ballot)\b  # "in the final round"
        (?:{GAP}of{GAP}(?:voting|balloting)\b)?)?         # "in the second round of balloting"
    # the body that cast them, as the Court's judges are elected by two: "obtained 97 votes
    # in the General Assembly and Mr. Berg 85" (a name must follow for a ballot)
    (?:{GAP}in{GAP}the{GAP}(?:General{GAP}Assembly|Security{GAP}Council))?
    """,
    _FLAGS,
)
# Every match of _FIRST ends on a count of votes: a count, then "votes" (or "ballots" after
# a whole: "97 of the 185 valid ballots"). _FIRST opens on a name and is tried at every
# word of a paragraph, while most paragraphs find_elections reads are speeches with no
# count of votes in them: the blank before the word is searched for first (a search that
# skips from blank to blank), then a count right before it (_counts_votes).
_BLANK_BEFORE_VOTES = re.compile(r"\s(?:valid\s{1,3})?(?:votes?|ballots)\b", re.IGNORECASE)
_COUNT_BEFORE_BLANKS = re.compile(rf"(?:{COUNT_PATTERN})(?:{GAP}of{GAP}the)?\s{{0,2}}\Z", _FLAGS)
# How far back from the blanks a count is looked for. A count of number words is a count
# from any of its words that follows a blank ("hundred" of "one hundred"), and of digits
# from any group but the last ("000,000" of "1,000,000"): only its last words joined by
# hyphens ("twenty-seventh", at most 12 words of at most 11 letters) with the figures after
# them ("(27)") must be whole, and they take fewer than 200 characters.
_COUNT_REACH = 200


def _counts_votes(text: str) -> bool:
    """Whether ``text`` holds a count right before "votes" or "ballots", as _FIRST reads them.

    >>> _counts_votes("Ms. Okafor received ninety-seven votes"), _counts_votes("a vote was held")
    (True, False)
    """
    for blank in _BLANK_BEFORE_VOTES.finditer(text):
        end = blank.start()
        if _COUNT_BEFORE_BLANKS.search(text, max(0, end - _COUNT_REACH), end) is not None:
            return True
    return False


# The first candidate as the object of the verb of election, the office it was elected to
# between, its votes after "by" or "with": "The Assembly elected Mr. Beldi President of
# the session by 109 votes; Ms. Vasko received 72 votes". A count after "to" or
# "against" makes a vote of two sides (name_vote_candidates names them), but for the
# votes another candidate had: "elected Mr. Beldi President, with 94 votes to the 90 cast
# for Ms. Vasko" (_VERSUS reads her).
_ELECTED_FIRST = re.compile(
    rf"""
    # after "was elected" the name is an office, its candidate the subject ("He was elected
    # President by 109 votes" names no candidate "President")
    (?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)
    \b(?:re-?)?elect(?:ed|s)(?:\s{{0,3}}:)?{GAP}(?P<name>{_NAME})   # "it elected:  India, ..."
    # what the candidate is, in apposition: "elected Ms. Berg, a former minister, as ..."
    (?:\s{{0,3}},{GAP}(?:an?|the){GAP}[^\d.;:(),]{{1,60}}?\s{{0,3}},(?={GAP}as\b))?
    # "President of the session", "to a second 6-year term" (a term's length is no count)
    (?:{GAP}(?:as{GAP})?(?-i:[A-Za-z])(?:[^\d.;:()]|\d{{1,2}}-(?:year|month)\b){{0,100}}?)?
    (?:\s{{0,3}},?{GAP}(?:by|with)
      # a headline's second clause with its subject elided: "Elects Ms. Ruiz President;
      # In Secret Ballot, Receives 99 Votes to 85 for Mr. Obi"; a participle after the
      # election: "elected Ms. Berg as its president, polling 143 of the 191 votes cast"
      | \s{{0,3}}[,;]{GAP}(?:(?-i:[A-Z])[^\d.;:()]{{0,40}}?,{GAP})?
        (?:receiv|obtain|secur|gain|poll|garner)(?:es|ing))
    {GAP}(?:(?:only|just){GAP})?
    # "with an overwhelming majority of 137 votes" (never "the required majority of", the
    # count a ballot needed)
    (?:an?{GAP}(?:(?-i:[a-z]){{3,15}}{GAP}){{0,2}}majority{GAP}of{GAP})?
    (?P<n>{COUNT_PATTERN})
    # "receiving 167 out of 174 votes cast": the votes' whole
    (?:{GAP}(?:of{GAP}the|out{GAP}of(?:{GAP}the)?){GAP}(?P<whole>{COUNT_PATTERN}))?
    {GAP}(?(whole)(?:valid{GAP})?(?:votes?|ballots)\b|{_VOTES_WORD}){_FOR_TEXT}
    # "to 85" is the votes against the one candidate, unless another is named after them:
    # "with 40 votes to 12 for Peru", "to the 90 cast for Ms. Vasko" (_VERSUS reads it)
    (?!{GAP}(?:to|against)\b(?!{GAP}(?:the{GAP})?{COUNT_PATTERN}(?:{GAP}votes)?(?:{GAP}cast)?
        {GAP}(?:for|obtained{GAP}by|received{GAP}by){GAP}
        (?:(?:{_TITLE}{GAP})?(?-i:[{_CAPITAL_LETTER}])|(?:his|her|its|their){GAP}(?-i:[a-z]))))
    """,
    _FLAGS,
)
# A first candidate named by the clause of its election, its votes given to the pronoun
# that stands for it in the next clause: "The Assembly elected Ms. Ruiz to the Board; she
# received 109 votes, while Mr. Obi obtained 64", "the Council elected Chile after a
# second round in which it received 27 votes and Peru 26", "Mr. Haas was elected Chair.
# He obtained 30 votes and Ms. Lam 12". The pronoun's clause is found first; the election
# ends right before it (_ELECTED_BEFORE_PRONOUN, searched back within _PRONOUN_REACH), and
# no figure stands between the name and the pronoun.
_PRONOUN_VOTES = re.compile(
    rf"""
    (?<![\w’'-])(?-i:[Hh]e|[Ss]he|[Ii]t){GAP}(?:{_TIME_ADVERB}{GAP})?(?:(?:had|has){GAP})?
    # "she received 109 votes", "He won with 152 votes", "she was re-elected with 139 votes"
    (?:{_RECEIVING}|took|(?:won|prevailed|was{GAP}(?:re-?)?elected){GAP}with)  # "she took 99"
    {GAP}(?:(?:only|just){GAP})?(?P<n>{COUNT_PATTERN})
    # the whole they were cast from: "30 of the 34 votes cast", "139 votes out of 172"
    (?:{GAP}(?:of{GAP}the|out{GAP}of(?:{GAP}the)?){GAP}(?P<whole>{COUNT_PATTERN}))?
    {GAP}(?(whole)(?:valid{GAP})?(?:votes?|ballots)\b|{_VOTES_WORD}){_FOR_TEXT}(?:{GAP}cast\b)?
    (?(whole)|(?:{GAP}(?:out{GAP}of|{_FROM_CAST}){GAP}{_WHOLE_OPENING}?
        (?P<possible>{COUNT_PATTERN})
        (?:{GAP}(?:valid{GAP})?(?:votes|ballots))?(?:{GAP}cast(?:ed)?)?(?![\w-]))?)
    """,
    _FLAGS,
)
# The clause that names the pronoun's candidate: its election or choice ("elected Ms. Ruiz",
# "Mr. Haas was elected Chair", "Ms. Sow was appointed", "The Board nominated Dr. Sow") or
# its success ("Mr. Zhao was successful in his bid to become Secretary-General").
_ELECTED_BEFORE_PRONOUN = re.compile(
    rf"""
    (?:\b(?:(?:re-?)?(?:elected|appointed|nominated)|chose|selected){GAP}(?P<name>{_NAME})
      | (?<![\w.’'-])(?P<subject>{_NAME}){GAP}(?:was|has{GAP}been|had{GAP}been)
        (?:{GAP}(?:declared|duly|narrowly|unanimously))?
        {GAP}(?:(?:re-?)?elected|appointed|nominated|chosen|successful))
    (?:{GAP}[^\d.;:()]{{1,150}}?)?
    (?:\s{{0,3}}[;,.])?(?:{GAP}(?:(?:in|at|on|during|after){GAP}which|and|when|where))?
    {GAP}$
    """,
    _FLAGS,
)
_PRONOUN_REACH = 250  # how far before its pronoun a candidate's election may start
_PRONOUN_ANTECEDENT_WORDS = (
    *("elected ", "appointed ", "nominated ", " chosen ", " successful "),
    *(" chose ", "selected "),
)
# A whole that is the votes a candidate needed, not those cast: "obtained 64 of the 120
# votes he needed", "of the 97 votes required".
_WHOLE_NEEDED = re.compile(
    rf"(?:{GAP}(?:that|which))?(?:{GAP}(?:he|she|it|they|was|were))?{GAP}(?:needed|required|necessary)\b",
    re.IGNORECASE,
)
# A first candidate whose votes open the sentence, before its election or its defeat of
# another: "With 29 of 47 votes, Mexico was elected to the vacant seat; Brazil received
# 17", "With 102 votes, Ms. Amadi was elected, while Mr. Berg received 85", "Receiving 67
# of the 84 votes cast, Ms. Mbeki defeated her closest rival, who obtained 17", "Having
# obtained 120 votes out of 190, Kenya was declared elected; Nepal received 70". The
# count's whole, "of 47", is the ballot's.
_WITH_VOTES_ELECTED = re.compile(
    rf"""
    (?<![\w-])(?:with|(?-i:[A-Z])(?:eceiving|btaining|aining|inning|ecuring|arnering)
        |(?-i:H)aving{GAP}{_RECEIVING})
    {GAP}(?:(?:only|just){GAP})?(?P<n>{COUNT_PATTERN})
    (?:{GAP}(?:out{GAP})?of{GAP}(?:the{GAP})?(?P<whole>{COUNT_PATTERN}))?
    {GAP}(?:valid{GAP})?(?(whole)(?:votes|ballots)\b|{_VOTES_WORD})
    # "143 votes of 191 ballots cast", "120 votes out of a possible 190"
    (?(whole)|(?:{GAP}(?:out{GAP})?of{GAP}{_WHOLE_OPENING}?(?P<possible>{COUNT_PATTERN})
        (?:{GAP}(?:valid{GAP})?(?:votes|ballots))?)?)
    (?:{GAP}cast)?
    # another candidate's votes: "Having obtained 97 votes against 88 for Mr. Ruiz, Ms.
    # Tanaka was declared elected" (read by _VERSUS)
    (?P<versus>{GAP}(?:against|to){GAP}(?:the{GAP})?{COUNT_PATTERN}(?:{GAP}{_VOTES_WORD})?
        (?:{GAP}cast)?{GAP}for{GAP}{_NAME})?
    \s{{0,3}},{GAP}
    (?P<name>{_NAME})
    (?={GAP}(?:was|has{GAP}been)(?:{GAP}(?:declared|duly))?{GAP}(?:re-?)?elected\b
        |{GAP}(?:(?-i:[a-z]){{2,15}}ly{GAP})?(?:defeated|beat|edged{GAP}out|outpolled)\b
        # with the whole its votes came from, the participle states the result before any
        # main clause: "Having garnered 143 votes of 191 ballots cast, Mr. Shahid took the
        # podium" (a candidate alone is a tally only so)
        |(?(whole){GAP}(?-i:[a-z]{{3,20}})\b|(?(possible){GAP}(?-i:[a-z]{{3,20}})\b|(?!))))
    """,
    _FLAGS,
)
# A first candidate that opens its sentence, its votes given by a participle after the
# clause it opens, with no figure between: "Chile beat Peru in the second round, picking up
# 120 votes against 70 for Peru", "Chile was defeated in a secret ballot, gaining 77 votes
# from the 190 cast", "Ms. Ruiz's re-election took place by consensus, obtaining 155 votes
# out of a total of 169 ballots cast" (the possessor is the candidate). One candidate is a
# tally only with the whole its votes came from, or the other candidate after "against".
_SUBJECT_THEN_PARTICIPLE = re.compile(
    rf"""
    (?:(?<=^)|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=^[“"']))
    (?!(?:The|This|That|In|On|At|After|Following|During|When|With|Its|Their)\b)
    (?P<name>{_NAME})(?:[’']s\b)?
    # the clause, no figure and no stop but an initialism's ("the U.N. body", "the U.N body"),
    # and no relative clause, whose participle may be another candidate's ("Chile beat Peru,
    # which lost after receiving 70 votes out of 190")
    (?:(?!(?:which|who|whom|whose)\b)
        (?:[^\d.;:!?()]|(?<=(?<![A-Za-z])[A-Z])\.(?=[A-Z]|\s{{1,3}}(?-i:[a-z])))){{1,200}}?
    (?:\s{{0,3}},)?{GAP}{_RECEIVING_ING}
    {GAP}(?P<n>{COUNT_PATTERN}){GAP}{_VOTES_WORD}
    (?:{GAP}(?:out{GAP}of|{_FROM_CAST}){GAP}{_WHOLE_OPENING}?(?P<possible>{COUNT_PATTERN})
        (?:{GAP}(?:valid{GAP})?(?:votes|ballots))?(?:{GAP}cast(?:ed)?)?(?![\w-]))?
    """,
    _FLAGS,
)
# The participles of receiving, found by str.find before _SUBJECT_THEN_PARTICIPLE runs.
_RECEIVING_ING_WORDS = (
    *("receiving ", "obtaining ", "winning ", "securing ", "garnering ", "gaining "),
    *("polling ", "picking up ", "getting ", "scoring ", "collecting ", "earning "),
)
# A first candidate after a phrase naming the ballot, "votes" elided as it may be in the
# later ballots of a record: "In the second ballot, Brazil received 130 and Chile 98".
_FIRST_OF_BALLOT = re.compile(
    rf"""
    (?<![\w’'-])(?:in|on|at){GAP}(?:the|a){GAP}(?:[a-z]+(?:-[a-z]+)?{GAP}){{0,2}}?
    (?:ballot|round(?:{GAP}of{GAP}(?:voting|balloting))?)\s{{0,3}},?{GAP}
    (?P<name>{_NAME}){GAP}(?:{_TIME_ADVERB}{GAP})?(?:(?:had|has|have){GAP})?{_RECEIVING}
    {GAP}(?:(?:only|just){GAP})?(?P<n>{COUNT_PATTERN})
    # no noun: "12 seats" is none
    {_NOT_SPACED_GROUP}(?=\s{{0,3}}(?:[,;]|\.(?!\d)|(?:and|while|whereas)\b))
    """,
    _FLAGS,
)
# A first candidate whose count is bare, "votes" elided as in _FIRST_OF_BALLOT: "Chile
# received 95 and Peru picked up 91 in the first round". The counts are votes where the
# ballot is named right after the candidates (_BALLOT_NAMED_AFTER) or the sentence counted
# votes before them (_VOTES_COUNTED: "where 124 votes were needed, Chile received 95 and
# ..."), and no count of a candidate is followed by a noun of its own (_AFTER_BARE_COUNT).
_FIRST_BEFORE_BALLOT = re.compile(
    rf"""
    (?<![\w.’'-])(?P<name>{_OPTION_NAMED}|{_NAME}|{_ROLE_NAME}){GAP}(?:{_TIME_ADVERB}{GAP})?
    (?:(?:had|has|have){GAP})?{_RECEIVING}{GAP}(?:(?:only|just){GAP})?(?P<n>{COUNT_PATTERN})
    {_NOT_SPACED_GROUP}(?=\s{{0,3}}(?:[,;]|(?:and|while|whereas)\b))  # no noun: "12 seats"
    """,
    _FLAGS,
)
# What every match of _FIRST_OF_BALLOT and of _FIRST_BEFORE_BALLOT holds after its name: a
# verb of receiving and a bare count that ends its clause ("received 95 and", "obtained
# 130,"). Both patterns open on a name, tried at every word of a paragraph, and most
# paragraphs they are asked about hold no such count ("received 97 votes" is none): this
# one is tried first, and only where a word of those verbs is written
# (_receives_bare_count).
_RECEIVED_BARE = re.compile(
    rf"""
    {_RECEIVING}{GAP}(?:(?:only|just){GAP})?{COUNT_PATTERN}
    {_NOT_SPACED_GROUP}(?=\s{{0,3}}(?:[,;]|\.(?!\d)|(?:and|while|whereas)\b))
    """,
    _FLAGS,
)
# The word each branch of _RECEIVING opens with ("picked" of "picked up"), in lower case.
_RECEIVING_WORDS = (
    *("received", "obtained", "won", "secured", "garnered", "gathered", "mustered", "polled"),
    *("got", "gained", "scored", "collected", "earned", "attracted", "picked", "had"),
    *("attained", "amassed", "bagged"),
)


def _receives_bare_count(text: str) -> bool:
    """Whether a verb of receiving in ``text`` is followed by a bare count ending its clause.

    A match of _FIRST_OF_BALLOT or of _FIRST_BEFORE_BALLOT holds one (_RECEIVED_BARE). The
    verbs' words are found in the text in lower case and the pattern is tried only where
    one starts; where lower case moves an offset or a letter matches another in a pattern
    that ignores case (_FOLDED_APART), the answer is yes and both patterns are searched as
    before.

    >>> _receives_bare_count("Chile received 95 and Peru 81"), _receives_bare_count(
    ...     "Chile received 95 votes")
    (True, False)
    """
    lower = text.lower()
    if len(lower) != len(text) or holds_any(text, _FOLDED_APART):
        return True
    return any(
        _RECEIVED_BARE.match(text, at) is not None
        for word in _RECEIVING_WORDS
        for at in literal_positions(word, lower)
    )


_BALLOT_NAMED_AFTER = re.compile(
    rf"""
    {GAP}(?:in|on|at){GAP}the{GAP}(?:[a-z]+(?:-[a-z]+)?{GAP}){{0,2}}?
    (?:ballot|round)(?:{GAP}of{GAP}(?:voting|balloting))?
    (?=\s{{0,3}}(?:[,;.]|and\b|$))                     # not "the first round of funding"
    """,
    _FLAGS,
)
_VOTES_COUNTED = re.compile(rf"(?<![\w.,]){COUNT_PATTERN}{GAP}(?:valid{GAP})?votes\b", _FLAGS)
_VOTES_COUNTED_REACH = 300  # how far before a first candidate its sentence may start
_AFTER_BARE_COUNT = re.compile(
    rf"\s{{0,3}}(?:[,;.)]|$|(?:and|while|whereas|with)\b|(?:in|on|at){GAP}the\b"
    # an aside without figures in brackets: "B 128 (two votes short), and C 113"
    rf"|\((?=[^\d()]{{1,60}}\)))",
    _FLAGS,
)
# A candidate's votes after "with", set against another's after "to" and a possessive:
# "Guatemala, which ended the day with 102 votes to Venezuela's 77", "put Chile ahead
# with 110 votes to Peru's 77". Only lower-case words stand between the name and "with",
# so the name is the nearest one; _VERSUS reads the other candidate.
_WITH_VOTES_TO = re.compile(
    rf"""
    (?<![\w.’'-])(?P<name>{_NAME})(?:\s{{0,3}},|{GAP}(?-i:[a-z][\w’'-]{{0,20}})){{0,8}}?
    {GAP}with{GAP}(?P<n>{COUNT_PATTERN}){GAP}votes
    (?=\s{{0,3}},?{GAP}to{GAP}{_NAME}[’']s{GAP}{COUNT_PATTERN}(?!\w))
    """,
    _FLAGS,
)
# A candidate who beat another: "Mr. Kim defeated Ms. Lee by 97 votes to 85", "Mr. Kim
# beat Ms. Lee 97-85" (figures in digits right after the names), "Mr. Kim
# defeated Ms. Lee, the other candidate, by a secret-ballot vote of 97 to 85" (a phrase in
# apposition to the other name; "by a vote of" before the counts), or who stood ahead of
# or behind it in a round: "in the last round, Chile led Peru by 100 votes to 85", "Peru
# trailed Chile by 85 votes to 100" (each count the votes of the name before it).
_DEFEATED = re.compile(
    rf"""
    (?<![\w.’'-])(?P<name>{_NAME}){GAP}
    (?:(?-i:[a-z]){{2,15}}ly{GAP})?  # "Ms. Ruiz narrowly beat Mr. Obi ..."
    (?:defeated|beat|prevailed{GAP}over|won{GAP}against|led|trailed|outpolled|edged{GAP}out)
    {GAP}(?P<other>{_NAME})(?:\s{{0,3}},[^,;:.\d()]{{1,80}},)?
    # "by" may go, as news writes a score: "Ms. Ruiz beat Mr. Obi 30 to 28", "... 30-28";
    # or the votes follow in a participle: "defeated Ms. Haddad, garnering 128 votes to 62";
    # a comma may set the votes off: "defeated Mr. Lund of Norway, by a vote of 94 to 90"
    (?:\s{{0,3}},?{GAP}by{GAP}(?:an?(?:{GAP}[\w-]{{1,20}}){{0,2}}?{GAP}vote{GAP}of{GAP})?|{GAP}(?=\d)
      | \s{{0,3}},{GAP}(?:{_RECEIVING_ING}|with){GAP}(?=\S{{1,20}}{GAP}votes?{GAP}to\b)
      # the score as an adjective of the vote: "Ms. Ruiz beat Mr. Obi in the final 30-28
      # vote", "in a 30-28 run-off" (the noun of the vote must follow the figures)
      | (?P<score_of>{GAP}in{GAP}(?:the|an?)(?:{GAP}(?-i:[a-z])[\w-]{{1,20}}){{0,2}}?{GAP}(?=\d)))
    (?P<n>{COUNT_PATTERN})
    (?:(?:{GAP}{_VOTES_WORD})?{GAP}to{GAP}|(?<=\d)[-–](?=\d))
    (?P<m>{COUNT_PATTERN})(?!\w|\s{{0,3}}(?:per{GAP}cent|percent|%|[.,]\d)|[-–]\d)
    (?(score_of){GAP}(?:vote|ballot|run-?off|round)\b)
    """,
    _FLAGS,
)
# A ballot that ended in a tie, its score written as news copy writes one, the two
# candidates after "between": "The vote ended in a 95-95 tie between Chile and Peru", "the
# fourth ballot resulted in a 29-29 deadlock between Ms. Vega and Mr. Obi". The subject is a
# vote, ballot, round or election (never "The match ended in a 2-2 tie"), and the two
# figures are one count (see _first_parts).
_TIE_BETWEEN = re.compile(
    rf"""
    \b(?:vote|voting|ballot|balloting|round|run-?off|election)s?\b[^.;:\d]{{0,40}}?
    {GAP}(?:ended|resulted|finished|closed)(?:{GAP}up)?{GAP}in{GAP}an?
    (?:{GAP}(?-i:[a-z])[\w-]{{1,15}})?{GAP}          # "in a dramatic 29-29 tie"
    (?P<n>\d{{1,3}})[-–](?P<m>\d{{1,3}}){GAP}(?:tie|draw|deadlock|dead{GAP}heat)
    {GAP}between{GAP}(?:the{GAP}(?=(?-i:[A-Z])))?(?P<name>{_NAME})
    {GAP}and{GAP}(?:the{GAP}(?=(?-i:[A-Z])))?(?P<other>{_NAME})
    """,
    _FLAGS,
)
# The same tie with the two candidates before it, its score after them: "Chile and Peru
# ended in a 29-29 tie after four rounds", "Chile and Peru finished with a 40-40 draw",
# "Chile and Peru were locked in a 95-95 deadlock" (a score whose counts differ is none).
_TIE_NAMED_BEFORE = re.compile(
    rf"""
    (?<![\w.’'-])(?:the{GAP}(?=(?-i:[A-Z])))?(?P<name>{_NAME})
    {GAP}and{GAP}(?:the{GAP}(?=(?-i:[A-Z])))?(?P<other>{_NAME})
    {GAP}(?:ended|resulted|finished|closed|were{GAP}locked|remained{GAP}locked)(?:{GAP}up)?
    {GAP}(?:in|with){GAP}an?
    (?:{GAP}(?-i:[a-z])[\w-]{{1,15}})?{GAP}          # "in a dramatic 29-29 tie"
    (?P<n>\d{{1,3}})[-–](?P<m>\d{{1,3}}){GAP}(?:tie|draw|deadlock|dead{GAP}heat)\b
    """,
    _FLAGS,
)
_DEFEATED_WORDS = ("defeated ", " beat ", " led ", "trailed ", "outpolled ", "edged out ")
# The verb every match of _DEFEATED holds, with the blanks around it (in any case, as
# _DEFEATED reads it): a speech that says "by" and "led" nowhere in that shape holds none,
# and this search, opening on a blank, costs a tenth of a search for _DEFEATED.
_DEFEATED_VERB = re.compile(
    rf"\s(?:defeated|beat|prevailed{GAP}over|won{GAP}against|led|trailed|outpolled"
    rf"|edged{GAP}out)\s",
    re.IGNORECASE,
)
# What news copy writes of a candidate before its name: an adjective of nationality, then
# what the candidate is in lower case ("for Egyptian human rights activist Moushira
# Khattab", "to Russian ally Belarus' 38 votes"); the name after it is the candidate. The
# adjective is a capitalised word of a nationality's endings, and a name must follow the
# lower-case words (a capitalised word alone stays the name: "for Peru").
_DESCRIBED_BEFORE_NAME = rf"""
    (?:(?-i:[A-Z][a-z]{{2,20}}(?:an|ese|ish|ch|i)){GAP}
        (?:(?!(?:the|and|of|for|to|with|in|on)\b)(?-i:[a-z][\w-]{{1,20}}){GAP}){{1,4}}
        (?=(?-i:[A-Z])))?
"""
# "against 88 for Ms. Novak", "to Ms. Novak's 88", right after the first candidate
_VERSUS = re.compile(
    rf"""
    \s{{0,3}},?{GAP}(?:against|to|versus|as{GAP}against|compared{GAP}(?:with|to)
        # "received 83 votes, well short of Albania's 123"
        |(?:(?:well|far|just|narrowly){GAP})?(?:short{GAP}of|behind)(?={GAP}{_NAME}[’']s?{GAP}\d)
        # a comparison of the counts: "won 83 votes, considerably less than 160 for
        # Bulgaria" (a count for a name must follow: "less than the 97 needed" is none)
        |(?:(?:considerably|far|well|much|many|just|slightly){GAP})?(?:less|fewer|more)
          {GAP}than(?={GAP}{COUNT_PATTERN}(?:{GAP}{_VOTES_WORD})?{GAP}for{GAP}(?-i:[A-Z]))){GAP}
    # "against 88 for Ms. Novak", "to the 90 cast for Mr. Obi", "to the 45 for Mr. Perez",
    # "to the 79 obtained by Uruguay"
    (?:(?:the{GAP}(?={COUNT_PATTERN}{GAP}(?:{_VOTES_WORD}{GAP})?(?:cast|for|obtained|received)\b))?
        (?P<n>{COUNT_PATTERN})(?:{GAP}{_VOTES_WORD})?
        (?:{GAP}cast{GAP}for|{GAP}for|{GAP}(?:obtained|received){GAP}by)
        # a State named with its article: "to 92 for the Philippines", "the Netherlands"
        # (not a candidate named by what it is: "for the African Union candidate")
        {GAP}(?:the{GAP}(?=(?-i:[A-Z]))(?!{_NAME}(?:[’']s?|{GAP}{_ROLE_NOUN})))?
        {_DESCRIBED_BEFORE_NAME}
        (?P<name>{_NAME}|{_ROLE_NAME})
        # the name after what the candidate is: "against 27 for her rival, Mr. Hosny"
        # or after what the candidate is and what it does, each between commas: "for his
        # opponent, Argentina's Ambassador to Sweden, Mr. Vignaud"
        (?:(?<=[a-z])\s{{0,3}},{GAP}(?:(?:{_POSSESSOR}|the|an?|former){GAP}[^\d,.;:()]{{1,60}}?
            \s{{0,3}},{GAP})?(?P<apposed>{_NAME})
            (?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)  # a title alone is no name
            (?=\s{{0,3}}(?:[,;.]|$)|{GAP}(?:in|on|at)\b))?
      | {_DESCRIBED_BEFORE_NAME}
        (?P<owner>{_NAME}|{_ROLE_NAME})(?:[’']s|(?<=s)[’']){GAP}(?P<owned>{COUNT_PATTERN})(?!\w))
    """,
    _FLAGS,
)
_JOIN = rf"\s{{0,3}}[,;]?\s{{0,3}}(?:(?:and|while|whereas|with|along{GAP}with){GAP})?"
# A candidate named after "in favour of" is a name only where it ends there: "110 in
# favour of Chile and 77 in favour of Peru", not "in favour of Chile's amendment".
_FAVOUR_OF = rf"in{GAP}favou?r{GAP}of"
# The option of a plebiscite may name its choice by a gerund before the name: "233,000
# votes were cast in favour of joining the Republic of Cameroun and 97,000 in favour of
# joining Nigeria", "... were cast for joining Nigeria and 97,000 for joining Cameroon"
# (the name is the part's category).
_CHOOSING = r"(?:\s{1,3}(?-i:[a-z]){2,20}ing)?"
_NAME_ENDS = r"(?=\s{0,3}(?:[,;.)]|and\b|with\b|$))"
# A candidate named by its candidature, the next one by "that of": "31 voted for the
# candidature of Ms. Ruiz and 22 for that of Mr. Obi", "in favour of the candidacy of Chile".
_CANDIDATURE_OF = rf"(?:(?:the{GAP})?(?:candidature|candidacy|nomination){GAP}of{GAP})?"
_THAT_OF = rf"(?:that{GAP}of{GAP})?"
# The voters before "voted" for a candidate: "31 members voted for ...".
_VOTER_NOUN = rf"(?:{GAP}(?:members|delegations|representatives|(?:Member{GAP})?States|countries))?"
# The count first: "97 votes went to Ms. Ruiz, 85 to Mr. Obi and 3 to Ms. Lam", "the
# members voted, giving 97 to Ms. Ruiz and 85 to Mr. Obi", "110 in favour of Chile and
# 77 in favour of Peru", "the vote was 106 for Chile and 81 for Peru" (the last two are a
# ballot only with a second candidate of their form).
_GIVEN_FIRST = re.compile(
    rf"""
    (?<![\w.,])
    (?:(?P<after_by>(?<=\bby\s)|(?<=\bof\s))?(?P<n>{COUNT_PATTERN}){GAP}(?:valid{GAP})?votes{GAP}
        (?:went{GAP}to|were{GAP}cast{GAP}for|were{GAP}for|for
        # the verb elided, as a result is told: "almost a tie -- 27 votes to Ping and 26 to
        # his challenger" (never a vote's sides: "by 27 votes to 4", "None")
        |(?(after_by)(?!)|to(?={GAP}(?-i:[A-Z])(?!one\b|il\b))))
        {_CHOOSING}{GAP}
      # "giving 97 to Ms. Ruiz", "the Council gave 8 votes to Mr. Sato"
      | (?:giving|casting|gave|cast){GAP}(?P<given>{COUNT_PATTERN})(?:{GAP}votes)?
        {GAP}(?:to|for){GAP}
      # "in the second round the vote was 106 for Chile and 81 for Peru", "the count stood at"
      | (?:vote|result|count){GAP}(?:was|stood{GAP}at){GAP}(?P<stood>{COUNT_PATTERN})
        (?:{GAP}votes)?
        {GAP}for{GAP}(?=(?:the{GAP})?{_NAME}{_NAME_ENDS})
      | (?P<favoured>{COUNT_PATTERN})(?:{GAP}votes(?:{GAP}(?:were|being){GAP}cast)?)?
        {GAP}{_FAVOUR_OF}{_CHOOSING}{GAP}(?={_CANDIDATURE_OF}(?:the{GAP})?{_NAME}{_NAME_ENDS})
      # "31 voted for Ms. Ruiz and 23 for Mr. Obi" (the voters' count before the verb)
      | (?P<voted>{COUNT_PATTERN}){_VOTER_NOUN}{GAP}voted{GAP}(?:for|{_FAVOUR_OF}){GAP}
        (?={_CANDIDATURE_OF}(?:the{GAP})?{_NAME}{_NAME_ENDS}))
    {_CANDIDATURE_OF}(?:the{GAP})?(?P<name>{_NAME})
    """,
    _FLAGS,
)
# The ballot as the subject that gives the votes, the candidate its first object: "the
# fourth ballot gave Kenya 41 votes and Nepal 40", "the result, giving Chile 30 votes, Peru
# 22 and ...". Later candidates as after a first of the usual form (a name and a count).
_GAVE_FIRST = re.compile(
    rf"""
    (?<![\w-])(?:gave|giving){GAP}(?:the{GAP})?(?P<name>{_NAME})
    {GAP}(?P<n>{COUNT_PATTERN}){GAP}{_VOTES_WORD}{_FOR_TEXT}
    """,
    _FLAGS,
)
# What every match of _GIVEN_FIRST holds, one phrase for each of its openings, in any case
# as _GIVEN_FIRST reads them: "votes went/were/for", "vote/result/count was/stood", "in
# favour of", "voted for/in", or a verb of giving ("giving", "casting", "gave", "cast").
# Most paragraphs find_elections is asked about are speeches that hold none (they say
# "vote" and "to"). Each phrase is found from the blank after its first word (GAP opens
# with one), which the engine skips to, its word looked behind at: a small part of the
# cost of a search for _GIVEN_FIRST, which tries its counts at the start of every word.
_GIVEN_FIRST_CUE = re.compile(
    r"\s(?:(?:(?<=votes\s)|(?<=vote\s))\s{0,2}(?:went|were|for|was|stood|to\s{1,3}[A-Z])"
    r"|(?:(?<=result\s)|(?<=count\s))\s{0,2}(?:was|stood)"
    r"|(?<=voted\s)\s{0,2}(?:for|in)"
    r"|(?<=in\s)\s{0,2}favou?r\s{1,3}of"
    r"|(?<=giving\s)|(?<=casting\s)|(?<=gave\s)|(?<=cast\s))",
    re.IGNORECASE,
)
# A bare count for a candidate, "votes" elided because the sentence counted them first: "A
# total of 402 votes were cast: 251 for Mr. Abdi, 133 for Ms. Kovac and 18 for Mr. Silva",
# "Of the 180 votes cast, 101 were for Chile and 79 for Peru", "... 97 went to Ms. Ruiz and
# 85 to Mr. Obi". Later candidates as after _GIVEN_FIRST; read only after such a count
# (see _ballot_after_votes_counted), with two candidates at least.
_BARE_GIVEN_FIRST = re.compile(
    rf"""
    (?<![\w.,])(?P<n>{COUNT_PATTERN}){GAP}(?:(?:were|went){GAP})?(?:for|to){GAP}
    (?=(?:the{GAP})?{_NAME}{_NAME_ENDS})(?:the{GAP})?(?P<name>{_NAME})
    """,
    _FLAGS,
)
_GIVEN_NEXT = re.compile(
    rf"""
    {_JOIN}(?P<n>{COUNT_PATTERN})(?:{GAP}votes?)?{GAP}
    (?:(?:(?:went|were{GAP}cast|were){GAP})?(?:to|for){_CHOOSING}|{_FAVOUR_OF}{_CHOOSING}
        (?={GAP}(?:{_CANDIDATURE_OF}|{_THAT_OF})(?:the{GAP})?{_NAME}{_NAME_ENDS}))
    {GAP}(?:{_CANDIDATURE_OF}|{_THAT_OF})(?:the{GAP})?(?P<name>{_NAME}
        |(?:his|her|their|its){GAP}(?:{_ROLE_MODIFIER}{GAP}){{0,2}}?{_ROLE_NOUN}(?![\w-]))
    """,
    _FLAGS,
)
# The options of a plebiscite or referendum, each a phrase in lower case or a name after a
# word of choice, with the votes cast for it or those who voted for it: "93,500 votes were
# cast for union with the Gold Coast and 61,200 for separate status", "... in favour of
# integration and 12,400 in favour of independence", "6,100 voted for independence and
# 3,900 for integration". Up to eight words, none a figure, to a mark, a word that joins
# the next option or a "with" before a figure. Two options at least: "were cast for the
# proposal and 20 against" stays a vote of sides, while texts set against each other are
# options ("30 voted for the motion and 10 for the amendment"). A pronoun is no option,
# nor is a quantifier or an ordinal ("for each of the seats", "for the first time").
_OPTION = rf"""
    (?!(?:it|them|this|that|each|every|all|both|either|any|some|one|an?
        |the{GAP}(?:{_RANK}|other|same|next|latter|former|remaining))\b)
    (?P<name>(?-i:[a-z])[^\W\d_][\w’'-]{{0,29}}
        (?:{GAP}(?!(?:and|while|whereas|but)\b)[^\W\d_][\w’'-]{{0,29}}){{0,7}}?)
    (?=\s{{0,3}}(?:[,;.)]|(?:and|while|whereas|but)\b|with{GAP}\d|$))
"""
_OPTION_FIRST = re.compile(
    rf"""
    (?<![\w.,])(?P<n>{COUNT_PATTERN})
    (?:{GAP}(?:valid{GAP})?votes{GAP}(?:(?:were|had{GAP}been|have{GAP}been|being){GAP})?cast
        {GAP}(?:for|{_FAVOUR_OF})
      # those who voted: "233,500 voted for union with ... and 97,700 for ..."
      | (?:{GAP}(?:voters|electors|people|persons|members|delegations|countries
            |(?:Member{GAP})?States|representatives|Governments))?{GAP}voted
        {GAP}(?:for|{_FAVOUR_OF})
      # voters who chose an option: "68,000 voters chose integration and 21,000 chose ...",
      # not what they chose to do ("chose to stay at home")
      | {GAP}(?:voters|electors){GAP}(?:chose(?!{GAP}to\b)|opted{GAP}for))
    {GAP}{_OPTION}
    """,
    _FLAGS,
)
# The options of a plebiscite as the result of the vote states them: "The vote was 344,580
# in favour of a transition to independence and 94,388 for autonomy", "The result was
# 5,120 for union and 3,400 for separate status" (an article before the first option is
# skipped). Two options at least, as above: "The vote was 90 in favour and 12 against" is a
# vote of sides, read as one.
_OPTION_RESULT = re.compile(
    rf"""
    (?<![\w-])(?:vote|result|outcome)(?:{GAP}[A-Za-z]{{1,15}}){{0,3}}{GAP}(?:was|stood{GAP}at){GAP}
    (?P<n>{COUNT_PATTERN})(?:{GAP}votes)?{GAP}(?:for|{_FAVOUR_OF}){GAP}(?:an?{GAP})?{_OPTION}
    """,
    _FLAGS,
)
_OPTION_NEXT = re.compile(
    rf"""
    {_JOIN}(?P<n>{COUNT_PATTERN})
    (?:(?:{GAP}votes?)?(?:{GAP}(?:were|being){GAP}cast)?{GAP}(?:for|{_FAVOUR_OF})
      | (?:{GAP}(?:voters|electors))?{GAP}(?:chose(?!{GAP}to\b)|opted{GAP}for))
    {GAP}{_OPTION}
    """,
    _FLAGS,
)
# Dot leaders between a name and its count, as records set their lists: "Mr. Osei (Ghana)
# .......... 9". Bounded, so the time stays linear.
_LEADERS = r"\s{0,3}[.…](?:\s?[.…]){1,150}\s{0,3}"
# What stands between a listed name and its count: a comma, spaces or dot leaders.
_NAME_TO_COUNT = rf"(?:{_LEADERS}|,?{GAP})"
# A listed candidate that "votes" follows: "Ms. Stevens, 66 votes", "Chile 120 votes".
_LISTED_WITH_VOTES = rf"{_NAME},?{GAP}{COUNT_PATTERN}{GAP}votes\b"
# A list after a colon: "The result was as follows: Ms. Amadi, 97 votes; Mr. Berg, 85
# votes", "Number of votes obtained: Chile 120, Peru 60"; or after the votes or the voting
# as subject and its verb "to be": "The votes in the third ballot were Chile 92, Peru 81",
# "Voting for the two seats was: Chile 92, Peru 81 and Fiji 60", "The votes were
# distributed among the candidates as follows: ...". No figure stands between
# the subject and its verb, so "The votes in 1990 were ..." is no list of candidates.
# A list that opens its sentence needs no heading where its first two candidates both
# have "votes" after their counts: "Ms. Forenza, 42 votes, Ms. Lamberts 51 votes, ...".
_LISTED = re.compile(
    rf"""
    (?:(?:\A|(?<=[.;:]\s)|(?<=[.;:]\s\s)|(?<=\n))
        (?={_LISTED_WITH_VOTES}\s{{0,3}}[,;]\s{{0,3}}(?:and{GAP})?{_LISTED_WITH_VOTES})
      | (?:(?<=votes):|(?<=votes\s):|(?<=votes\sobtained):
        # the ballot named after the heading: "Votes obtained at the fifth ballot:"
        | (?<=votes\sobtained){GAP}(?:at|in|on){GAP}the{GAP}[a-z]{{3,14}}{GAP}(?:ballot|round)
          \s{{0,3}}:
        | :(?=\s{{1,3}}{_NAME},?{GAP}{COUNT_PATTERN}{GAP}{_VOTES_WORD}))
        \s{{1,3}}
      | (?<![\w-])(?:votes|voting)\b[^\d.;:()]{{0,80}}?{GAP}(?:was|were)
        # "The votes were distributed among the candidates as follows:"
        (?:{GAP}(?:distributed|divided|allocated|shared)
            (?:{GAP}(?:among|between)[^\d.;:()]{{1,60}}?)?(?={GAP}as{GAP}follows))?
        (?:{GAP}as{GAP}follows)?(?:\s{{0,3}}:)?{GAP})
    (?P<name>{_NAME}){_NAME_TO_COUNT}(?P<n>{COUNT_PATTERN})(?:{GAP}{_VOTES_WORD}{_FOR_TEXT})?
    (?!\w|\s{{0,3}}(?:per{GAP}cent|percent|%|[.,]\d))
    """,
    _FLAGS,
)
# Where a match of _LISTED can start, so that it is tried only there (opening on
# look-behinds, it was tried at every character of a speech): the start of the text, one
# or two characters after a ".", ";" or ":" (a blank after it, or two), right after a line
# break (the list that opens its sentence), on a colon (the four headings that end on
# one), right after "obtained" (the blank after "votes obtained" that opens "at the fifth
# ballot:") and on "vot" ("votes" or "voting" as subject). The words are found in the
# text in lower case; where lower case moves an offset ("İ") or a letter matches another
# in a pattern that ignores case ("ſ" for "s", "ı" for "i", the Kelvin sign for "k"), every
# character is tried as before.
_LISTED_MARKS = (".", ";", ":")
_FOLDED_APART = ("\u0130", "\u0131", "\u017f", "\u212a")


def _listed_firsts(text: str) -> list[re.Match[str]]:
    """What ``_LISTED.finditer(text)`` gives (see _LISTED_MARKS for where it is tried).

    >>> text = "The votes were: Chile 92, Peru 81. Fiji, 2 votes; Laos, 1 votes"
    >>> [m["name"] for m in _listed_firsts(text)]
    ['Chile', 'Fiji']
    """
    lower = text.lower()
    if len(lower) != len(text) or holds_any(text, _FOLDED_APART):
        return list(_LISTED.finditer(text))
    starts = [0, *(at + 1 for at in literal_positions("\n", text))]
    for mark in _LISTED_MARKS:
        for at in literal_positions(mark, text):
            starts.extend((at + 2, at + 3))
    starts.extend(literal_positions(":", text))
    starts.extend(at + len("obtained") for at in literal_positions("obtained", lower))
    starts.extend(literal_positions("vot", lower))
    return matches_from(_LISTED, text, starts)


_LISTED_NEXT = re.compile(
    rf"""
    (?:\s{{0,3}}\([^\d()]{{1,60}}\))?  # an aside after the count before: "B 128 (short), C 90"
    {_JOIN}(?P<name>{_NAME}){_NAME_TO_COUNT}(?P<n>{COUNT_PATTERN})
    (?:{GAP}{_VOTES_WORD}{_FOR_TEXT})?
    (?!\w|\s{{0,3}}(?:per{GAP}cent|percent|%|[.,]\d))
    """,
    _FLAGS,
)
# The results of a ballot listed after a colon, names and bare counts: "The results were:
# Ms. Adam (Chad), 34; Mr. Berg (Peru), 15", "It yielded the following results: ...". Read
# where the paragraph spoke of a ballot before the list (_BALLOT_BEFORE) and every count
# ends its item (_AFTER_BARE_COUNT: "African States, 13 seats; ..." is no ballot).
_RESULTS_LISTED = re.compile(
    rf"""
    (?<![\w-])(?:results?{GAP}(?:were|was|are|is)(?:{GAP}as{GAP}follows)?
      # a bare heading, whose sentence must speak of votes: "The result: A 134, B 128"
      | (?-i:[Tt])he{GAP}(?:final{GAP})?results?(?=\s{{0,3}}:)
      | (?:the{GAP})?following{GAP}results?
      | as{GAP}follows
      # a heading that names the ballot itself: "Results of the second round: ...",
      # "Result of the third ballot: ...", "The results of the vote were: ..."
      | (?P<named>results?{GAP}of{GAP}the{GAP}(?:[a-z]+(?:-[a-z]+)?{GAP}){{0,2}}?
          (?:ballot|round|vote|voting)(?:{GAP}of{GAP}(?:voting|balloting))?
          (?:{GAP}(?:were|was)(?:{GAP}as{GAP}follows)?)?
        # the ballot named before its results: "The voting results were as follows: ..."
        | (?:voting|ballot|balloting|election){GAP}results?
          (?:{GAP}(?:were|was)(?:{GAP}as{GAP}follows)?)?))
    \s{{0,3}}:\s{{1,3}}
    (?P<name>{_NAME}){_NAME_TO_COUNT}(?P<n>{COUNT_PATTERN})(?:{GAP}{_VOTES_WORD}{_FOR_TEXT})?
    (?!\w|\s{{0,3}}(?:per{GAP}cent|percent|%|[.,]\d))
    """,
    _FLAGS,
)
_BALLOT_BEFORE = re.compile(r"\bballot|\bround\s{1,3}of\s{1,3}voting\b", re.IGNORECASE)
# Candidates supported by votes, as news writes a ballot: "Bulgaria was supported by 160
# votes, and Albania by 123". The first one's votes must be written; its name is a
# candidate's ("The resolution was supported by 143 votes" is a vote on a text, see
# :mod:`~surveystats.extract.tally_votes`), and one candidate alone is none.
_SUPPORTED_FIRST = re.compile(
    rf"""
    (?<![\w.’'-])(?P<name>{_NAME}){GAP}(?:was|were){GAP}(?:supported|backed){GAP}by
    {GAP}(?P<n>{COUNT_PATTERN}){GAP}votes\b
    """,
    _FLAGS,
)
_SUPPORTED_NEXT = re.compile(
    rf"""
    {_JOIN}(?:the{GAP})?(?P<name>{_NAME}){GAP}by{GAP}(?P<n>{COUNT_PATTERN})(?:{GAP}votes\b)?
    (?!\w|\s{{0,3}}(?:per{GAP}cent|percent|%|[.,]\d))
    """,
    _FLAGS,
)
# A later candidate whose votes come first, "votes" written: "Ms. Weber obtained 167 votes,
# with 7 votes for Ms. Schmid", "..., and 12 votes went to Peru" (after a first candidate of
# the usual form; "with 30 votes for the amendment" names no candidate).
_VOTES_FOR_NEXT = re.compile(
    rf"""
    {_JOIN}(?P<n>{COUNT_PATTERN})
    (?:{GAP}votes?{GAP}(?:(?:went|were{GAP}cast|were){GAP})?(?:to|for)
      # "..., with 7 going to Mr. Obi", "with 7 votes going to another candidate", and
      # the verb elided after: "with 60 votes going to Peru and 3 to Fiji"
      | (?:{GAP}votes?)?{GAP}going{GAP}to
      | {GAP}to(?={GAP}(?:the{GAP})?(?-i:[A-Z])))
    # what the candidate is may stand before its name: "going to the incumbent, Mr. Brennan"
    (?:{GAP}(?:the|his|her|its|their){GAP}(?:{_ROLE_MODIFIER}{GAP}){{0,2}}?{_ROLE_NOUN}\s{{0,3}},)?
    {GAP}(?:the{GAP})?(?P<name>{_NAME}|another{GAP}(?-i:candidate|nominee|contender))
    """,
    _FLAGS,
)
# Candidates with their votes in parentheses: "Italy (180 votes), Netherlands (172 votes)";
# "votes" may be left out after the first.
_IN_PARENTHESES = re.compile(
    rf"""
    {_JOIN}(?<![\w.’'-])(?:the{GAP})?(?P<name>{_NAME})\s{{0,3}}    # "the Niger (47)"
    # where the candidate comes from, between its name and its votes: "Ana Ruiz from Chile
    # (five votes)", "Mr. Obi of Kenya (two votes)" (the name alone is the label)
    (?:(?<=\w)(?:{GAP}(?:from|of){GAP}(?:the{GAP})?(?-i:[A-Z])[\w’'-]{{1,20}}
        (?:{GAP}(?-i:[A-Z])[\w’'-]{{1,20}}){{0,2}}\s{{0,3}})
        (?=\([^()]{{1,20}}{_VOTES_WORD}\s{{0,3}}\)))?
    # "Chad (with 50 votes)"
    \((?:with{GAP})?(?P<n>{COUNT_PATTERN})(?P<votes>{GAP}{_VOTES_WORD})?\s{{0,3}}\)
    """,
    _FLAGS,
)
# ", Mr. Adeyemi 85", "; Mr. Bauer received 31", " and Honduras 62 votes", ", Ms. Park
# having received 85", ", Peru, which obtained 40"
_CANDIDATE = re.compile(
    rf"""
    # a full stop, where the next sentence gives a further candidate its votes with a verb:
    # "Lebanon received 181 votes. Tonga, the only other candidate, obtained seven"
    # a participle on the votes before them may stand between the candidates: "received
    # 108 votes out of 191 cast, constituting a majority in the first round, followed by
    # Ms. Lund with 71 votes"
    (?:(?:\s{{0,3}},{GAP}(?-i:[a-z]){{2,20}}ing\b[^\d,;:.()]{{1,60}}?
        (?=\s{{0,3}},{GAP}followed{GAP}by\b))?{_JOIN}
      | (?P<stop>\s{{0,3}}\.\s{{1,3}}(?=(?-i:[A-Z]))))
    (?:(?:(?-i:[a-z]){{2,15}}ly{GAP})?        # "comfortably defeated"
        (?P<beat>edg(?:ed|ing){GAP}out|defeat(?:ed|ing)|beat(?:ing)?|outpoll(?:ed|ing)
        # "Chile obtained the required majority with 128 votes, ahead of Peru with 61"
        |(?:(?:well|far|just|narrowly){GAP})?ahead{GAP}of
        # the first candidate behind later ones: "Russia, with 112 votes, came third behind
        # Hungary (144 votes) and Croatia (114 votes)", "..., finishing behind Peru with 120"
        |(?:(?:came|finished|finishing|placed|ranked|ended(?:{GAP}up)?)
            (?:{GAP}(?:in{GAP})?(?:the{GAP})?{_RANK}(?:{GAP}place)?)?{GAP})?
          (?:(?:well|far|just|narrowly|closely){GAP})?behind
        # "...; she was followed by Ms. Haddad with 126 and Ms. Pimenta with 119"
        |(?:(?:he|she|it|they|who|which){GAP}(?:was|were){GAP})?
          (?:(?:closely|distantly|narrowly){GAP})?followed{GAP}by)
        {GAP}(?:the{GAP})?)?
    (?:of{GAP}(?=[^,;:\d]{{1,80}},{GAP}(?:which|who){GAP}))?   # "and of Ms. Vega, who received"
    # what the candidate is, before the name, where the verb is written: "and businessman
    # Leo Dube received three"
    (?P<described>(?:(?!(?:the|of|and|with|while|whereas)\b)(?-i:[a-z][\w-]{{1,20}}){GAP}){{1,3}}
        # or whose candidate it is: "and Chinese candidate Mr. Tang received five", who
        # backed it before: "beating the EU-backed French candidate Ms. Roux, who received 71"
        # ("..., the Egyptian candidate Ms. Adly at 11": the article before it too)
        | (?:the{GAP})?(?:(?-i:[A-Z]{{2,5}})-(?-i:[a-z]{{3,12}}){GAP})?
          (?:{_POSSESSOR}|(?-i:[A-Z][a-z]{{2,15}}(?:an|ese|ish|ch|i))){GAP}{_ROLE_NOUN}{GAP})?
    # what the candidate is, in apposition before the name: "; his rival, Mr. Obi, received 89"
    (?P<apposed>{_APPOSED_ROLE})?
    # the party's candidate before its name: "; while the candidate of the New Nigeria
    # Peoples Party NNPP, Engr. Rabiu Kwankwaso garnered 1,496,687 votes" (the verb written)
    (?P<role_of>(?(apposed)(?!)|{_ROLE_OF_PARTY}))?
    # "and the Netherlands 45", 'and the "no" option 2,630', "and the second 4,306", "her
    # closest rival, who obtained 17"; a candidature named before: "and that of Peru 77",
    # "followed by those of Qatar with 15"
    # a candidate named by whose it is: "and Lebanon's candidate 22"
    (?:th(?:at|ose){GAP}of{GAP})?(?:the{GAP})?(?P<name>{_CANDIDATE_OF}|{_OPTION_NAMED}
        |{_POSSESSOR}{GAP}(?:{_ROLE_MODIFIER}{GAP})?{_ROLE_NOUN}(?![\w-])|{_NAME}|{_ROLE_NAME}
        |(?-i:first|second|third|fourth|last)(?={GAP}\d))
    {_PARTY_AFTER_NAME}  # "; Ms. Ito of the Green Party received 12"
    (?(apposed)\s{{0,3}},|(?(role_of)(?:\s{{0,3}},)?))
    # what the candidate was, in a relative clause before its verb: "; Austria, which was
    # not a candidate, received 2", "and Mr. Obi, who had withdrawn, still obtained 3"
    (?P<aside>\s{{0,3}},{GAP}(?:which|who){GAP}(?!{_RECEIVING}\b|(?:had|has){GAP}{_RECEIVING}\b)
        [^\d,;:.()]{{1,60}}?\s{{0,3}},(?:{GAP}(?:still|nevertheless|nonetheless|also))?
      # or what it is, in apposition: "; Tonga, the only other candidate, obtained seven"
      | \s{{0,3}},{GAP}(?:the|its|his|her|their|a|an){GAP}(?-i:[a-z])[^\d,;:.()]{{0,60}}?\s{{0,3}},
        (?={GAP}{_RECEIVING}\b))?
    (?P<verb>(?:\s{{0,3}},{GAP}(?:which|who)(?:{GAP}(?:had|has))?|{GAP}(?:that|which|who)
        |\s{{0,3}},?{GAP}having|{GAP}had)?{GAP}{_RECEIVING}  # "and Chile, having obtained 99"
      | {GAP}{_RECEIVING_ING}                          # "with Kyrgyzstan receiving 1"
      # a rank with the votes: "and Fiji, which trailed with 31", "Peru came second with 60"
      | (?:\s{{0,3}},{GAP}(?:which|who))?{GAP}{_RANKED}\s{{0,3}},?{GAP}with(?={GAP}{COUNT_PATTERN})
      # or its participle: ", Samoa trailing with 22", "Peru coming second with 60"
      | {GAP}(?:trailing|(?:coming|finishing|placing)(?:{GAP}in)?(?:{GAP}the)?{GAP}{_RANK}
          (?:{GAP}place)?)\s{{0,3}},?{GAP}with(?={GAP}{COUNT_PATTERN})
      | {GAP}{_TIED}                                   # "while Chad and Fiji tied on 80 votes"
      # "followed by Ms. Azoulay on 18 and Ms. Khattab on 13" (never a date: "on 12 May"),
      # "followed by Peru at 13" (never a time: "at 10 a.m.")
      | {GAP}(?:on|at)(?={GAP}{COUNT_PATTERN}(?!\w|{GAP}(?-i:[A-Z])|[.,:]\d
          |{GAP}(?:[ap]\.m\b|per{GAP}cent|percent|hours|o[’']clock)|\s{{0,3}}%))
      # "..., Brazil with 144", "and Peru, with 41 votes"
      | \s{{0,3}},?{GAP}with(?={GAP}{COUNT_PATTERN}))?
    # a comma between a bare name and its count, as a list after a semicolon may write
    # it: "Nepal obtained 150 votes; Maldives, 132; and Qatar, 128" (an aside needs the verb),
    # or a dash: "Angola won 190 votes, Venezuela - 181, Malaysia - 187"
    (?(verb)|(?(aside)(?!)|(?(role_of)(?!)|(?:\s{{0,3}}(?:,|[-–—]))?)))
    # or, with no verb, the count in parentheses: "followed by Peru (120 votes) and Fiji (30)"
    (?:{GAP}|(?(verb)(?!)|\s{{0,3}}(?P<paren>\()\s{{0,2}}))
    # a focus word before the count: "and Peru just 80 votes", "and Fiji only 12"
    (?(paren)|(?:(?:just|only|a{GAP}mere|merely){GAP})?)
    (?P<n>{COUNT_PATTERN})(?P<votes>{GAP}{_VOTES_WORD}{_FOR_TEXT})?
    (?(paren)\s{{0,2}}\))
    {_NOT_SPACED_GROUP}(?!\w|\s{{0,3}}(?:per{GAP}cent|percent|%|[.,]\d))
    # a person's age between commas, its verb after it: "while Mr. Obi, 61, received 80"
    # (never a count after its verb: "and Latvia, with 66, were declared elected")
    (?(verb)|(?!\s{{0,3}},{GAP}(?:(?:had|has){GAP})?(?:{_RECEIVING}|was|were)\b))
    # after a full stop, a verb and nothing else counted: "obtained seven, and", never
    # "Peru obtained 12 seats"; nor the votes of another round ("Peru received 104 votes
    # in the second round")
    (?(stop)(?(verb)(?(votes)|(?=\s{{0,3}}(?:[,;.]|and\b|$)))(?![^.;]{{0,60}}\b(?:round|ballot)\b)
        |(?!)))
    """,
    _FLAGS,
)
# The candidates a ballot's other votes went to, named only as others: "other Member
# States", "four other candidates", "various other countries".
_OTHER_CANDIDATES = rf"""
    (?:(?:{COUNT_PATTERN}|several|various|a{GAP}number{GAP}of){GAP})?other
    {GAP}(?-i:Member{GAP}States|States|candidates|countries|nominees|contenders)\b
"""
# The rest of the votes of a ballot: ", the remaining 52 going to Dr. Keller"; "; the
# remaining 3 votes went to other Member States", "the other 5 votes were scattered among
# four other candidates", "and 4 votes went to other States" (without "remaining" or
# "other" before the count only where the votes went to others).
_REMAINING = re.compile(
    rf"""
    {_JOIN}(?:the{GAP}(?P<rest>remaining|other)(?P<n>{GAP}{COUNT_PATTERN})(?:{GAP}votes)?
      | (?P<bare>{COUNT_PATTERN}){GAP}(?:other{GAP})?votes)
    {GAP}(?:going|went|having{GAP}gone|(?:were|being){GAP}(?:cast|scattered|distributed
        |divided|split|shared))
    {GAP}(?:to|for|among|amongst|between)
    {GAP}(?:(?(rest)(?:the{GAP})?(?P<name>{_NAME})|(?!))|(?P<others>{_OTHER_CANDIDATES}))
    """,
    _FLAGS,
)
# Names in a list, the subject of one verb: "Kenya, Chile and the Niger", "Neither Kenya
# nor Nepal". A name may hold "and" ("Bosnia and Herzegovina"): see _split_names.
_NAMES = rf"""
    (?:(?:neither|both){GAP})?
    (?P<names>(?:the{GAP})?{_NAME}(?:\s{{0,3}},{GAP}(?:the{GAP})?{_NAME}){{0,8}}
        (?:\s{{0,3}},?{GAP}(?:and|nor){GAP}(?:the{GAP})?{_NAME})?)
"""
# Names and counts in two lists paired in order: "Kenya and Nepal received 120 and 60
# votes, respectively", "Neither Chad nor Peru obtained the required majority, with 100
# and 80 votes respectively".
_RESPECTIVE = re.compile(
    rf"""
    # an opening participle is no name: "Having obtained the required majority, Kenya and
    # Chile were elected with 105 and 99 votes respectively"
    (?<![\w.’'-])(?!(?-i:Having|Being|Obtaining|Receiving|Securing)\b){_NAMES}
    # a predicate of theirs first: "were the only contenders, and they received", "ran
    # unopposed and were elected having received"
    (?:{GAP}[^\d.;:()]{{1,120}}?\s{{0,3}},?{GAP}and(?:{GAP}(?:they|both))?(?={GAP}[a-z]))?
    (?:\s{{0,3}},{GAP}having{GAP}|{GAP}(?:(?:had|have|both){GAP})?)  # ", having obtained ..."
    (?:{_RECEIVING}|failed{GAP}to{GAP}(?:obtain|win|secure|receive|gain)|fell{GAP}short
      |(?:were|had{GAP}been|have{GAP}been)(?:{GAP}(?:successfully|duly|narrowly))?{GAP}(?:re-?)?elected
      |(?:competed|contested|vied|ran|stood)\b)  # "competed for the seat, winning 113 and 78"
    # "... in the first round, with", "... on the first ballot, gaining", "having won",
    # "were elected with", "were elected Vice-Chairs by"
    (?:(?:{GAP}[^\d.;:()]{{1,100}}?)?\s{{0,3}},?{GAP}(?:with|by|{_RECEIVING_ING}|having{GAP}{_RECEIVING}))?
    # "180 and 186", "186 votes, 187 votes and 182"
    {GAP}(?P<counts>{COUNT_PATTERN}(?:{GAP}votes)?(?:\s{{0,3}},{GAP}{COUNT_PATTERN}(?:{GAP}votes)?){{0,8}}
        \s{{0,3}},?{GAP}and{GAP}{COUNT_PATTERN})
    {GAP}votes\s{{0,3}},?{GAP}respectively\b
    """,
    _FLAGS,
)
# A second pair of lists after the first, "respectively" left out, as many names as counts:
# "Chile and Peru were elected with 150 and 140 votes respectively; the other candidates,
# Fiji and Togo, obtained 60 and 41", "..., while Fiji and Togo received 60 and 41 votes".
_RESPECTIVE_MORE = re.compile(
    rf"""
    \s{{0,3}}[,;]{GAP}(?:(?:while|whereas|and)\s{{1,3}})?
    (?P<others>(?:the{GAP})?(?:other|remaining|unsuccessful|defeated|two|three|four)
        (?:{GAP}(?:other|remaining|unsuccessful))?{GAP}(?:candidates|nominees|contenders)
        \s{{0,3}},{GAP})?
    {_NAMES}(?(others)\s{{0,3}},)
    {GAP}(?:(?:had|have|each){GAP})?{_RECEIVING}
    {GAP}(?P<counts>{COUNT_PATTERN}(?:\s{{0,3}},{GAP}{COUNT_PATTERN}){{0,8}}
        \s{{0,3}},?{GAP}and{GAP}{COUNT_PATTERN})
    # "votes" or "respectively" after the last count, or the clause ends there ("60 and 41
    # seats" is no ballot)
    (?:{GAP}votes\b(?:\s{{0,3}},?{GAP}respectively\b)?|\s{{0,3}},?{GAP}respectively\b
      | (?=\s{{0,3}}(?:[,;.]|$)))
    """,
    _FLAGS,
)
# The same lists after the verb of the election: "the Assembly elected Chile, Peru and Fiji
# as members of the Council, with 180, 176 and 150 votes, respectively".
_ELECTED_RESPECTIVE = re.compile(
    rf"""
    (?<![\w-])(?:re-?)?elected{GAP}{_NAMES}
    [^\d.;:()]{{0,120}}?\s{{0,3}},?{GAP}(?:with|by)
    {GAP}(?P<counts>{COUNT_PATTERN}(?:\s{{0,3}},{GAP}{COUNT_PATTERN}){{0,8}}
        \s{{0,3}},?{GAP}and{GAP}{COUNT_PATTERN})
    {GAP}votes\s{{0,3}},?{GAP}respectively\b
    """,
    _FLAGS,
)
# What every match of _RESPECTIVE and of _ELECTED_RESPECTIVE ends on: both open on names
# (one on "elected"), tried at every word of a paragraph that says "respectively"; this
# search, opening on "votes", is made first.
_VOTES_RESPECTIVELY = re.compile(rf"votes\s{{0,3}},?{GAP}respectively\b", _FLAGS)
# Names that received the same count: "Italy and the Netherlands each obtained 95 votes"
_EACH = re.compile(
    rf"""
    (?<![\w.’'-]){_NAMES}
    # an aside on the names: "Fiji and Nauru, which were not candidates, received"
    (?:\s{{0,3}},{GAP}(?:which|who){GAP}[^\d.;:()]{{1,80}}?\s{{0,3}},
      # or between dashes: "Chile and Peru — both former members — had 18 votes apiece"
      | {GAP}[—–]{GAP}(?-i:[a-z])[^\d.;:()—–]{{1,60}}?{GAP}[—–])?
    # or a passive clause on them before "and": "were put on the ballot by delegates and"
    (?:{GAP}were{GAP}(?-i:[a-z])[^\d.;:(),]{{1,80}}?{GAP}and)?
    {GAP}(?:(?:had|have){GAP})?(?P<each_before>each{GAP})?
    (?:{_RECEIVING}|(?P<tied>{_TIED}))  # "were tied at 95 votes each"
    {GAP}(?P<count>{COUNT_PATTERN}){GAP}votes?  # "one vote each"
    # "obtained 95 votes each"; "tied on 114 votes": a tie is one count for each
    # "had 18 votes apiece", as news copy writes it
    (?(each_before)\b{_FOR_TEXT}|(?(tied)(?:{GAP}(?:each|apiece))?|{GAP}(?:each|apiece))\b)
    """,
    _FLAGS,
)
_NAME_SEPARATOR = re.compile(rf"\s{{0,3}},(?:{GAP}(?:and|nor)\b)?|{GAP}nor\b")
_COUNT_SEPARATOR = re.compile(rf"\s{{0,3}},?{GAP}and{GAP}|\s{{0,3}},{GAP}")
# "with 3 invalid ballots", "and 4 ballots were left blank", "2 abstentions", "and 10 were
# invalid" (the ballots elided after candidates); in a record's list of names and counts,
# the label before its count as the names' are: "Mr. Berg 61, Mr. Haas 59; abstentions 7",
# "...; invalid ballots, 2"
_NO_CANDIDATE_BALLOTS = re.compile(
    rf"""
    {_JOIN}
    (?:(?P<abstentions_first>abstentions)(?P<listed>\s{{0,3}}[:,]?{GAP})
      | (?P<kind_first>invalid|blank|spoiled|spoilt|void|null|empty){GAP}ballots
        (?P<listed_kind>\s{{0,3}}[:,]?{GAP}))?
    (?:there{GAP}(?:were|was|being){GAP}(?:(?:only|just){GAP})?)?(?P<n>{COUNT_PATTERN}|no)
    (?(listed)(?![\w%]|[.,]\d|\s{{0,3}}per\s)|(?(listed_kind)(?![\w%]|[.,]\d|\s{{0,3}}per\s)|
    (?:{GAP}(?P<kind_before>invalid|blank|spoiled|spoilt|void|null|empty))?
    {GAP}(?:(?:(?P<ballots>ballots?|ballot{GAP}papers?|votes?){GAP})?
        (?:(?:(?:were|was|being){GAP}(?:(?:left|returned|cast|declared|ruled|found){GAP})?
            # "with 2 ballots declared invalid": the participle alone
            | (?:left|returned|declared|ruled|found){GAP})
            (?P<kind_after>invalid|blank|spoiled|spoilt|void|null|empty))
      | (?P<ballots_only>ballots?|ballot{GAP}papers?|votes?)
      | (?P<abstentions>abstentions?
        # "with 7 members abstaining", "with 7 abstaining", "and one member abstained"
        | (?:(?:members?|Member{GAP}States?|States?|delegations?|countries|country){GAP})?
          (?:abstained|abstaining)))\b))
    """,
    _FLAGS,
)
# ... or written label first, as a list of results writes its candidates: "Ms. Berg 61,
# Mr. Obi 59; abstentions 7", "...; invalid ballots: 2", "..., blank ballots, 4"
_NO_CANDIDATE_LABELLED = re.compile(
    rf"""
    {_JOIN}(?:(?P<abstentions>abstentions)
      | (?P<kind_before>invalid|blank|spoiled|spoilt|void|null|empty)
        {GAP}(?:ballots|ballot{GAP}papers))
    (?:\s{{0,3}}[:,])?{GAP}(?P<n>{COUNT_PATTERN}|{NONE_PATTERN})
    (?!\w|\s{{0,3}}(?:per{GAP}cent|percent|%|[.,]\d))
    """,
    _FLAGS,
)
# A phrase on the ballot between the last candidate and the ballots that went to none:
# "... and Mr. Haas 81 in the second round, with 4 members abstaining", "Ms. Ruiz received
# 167 votes in a secret ballot, and 14 countries abstained".
_BALLOT_PHRASE = re.compile(
    rf"{GAP}(?:in|at|on|for|during)\b[^\d.;:()]{{1,100}}?(?=\s{{0,3}},{GAP}(?:with|and){GAP})",
    _FLAGS,
)
# The first candidate's election, between its count and the next candidate: "Chile, with
# 101 votes, was elected in the first round, while Peru received 40"; "...; Peru received 40"
_ELECTED_BETWEEN = re.compile(
    rf"""
    \s{{0,3}},?{GAP}(?:and{GAP})?(?:was|has{GAP}been)(?:{GAP}(?:declared|duly))?
    {GAP}(?:re-?)?elected
    (?:{GAP}[^\d.;:()]{{1,60}}?)?(?=\s{{0,3}}[,;]?{GAP}(?:while|whereas)\b|\s{{0,3}};
      # "..., closely followed by Peru with 40", "..., well ahead of Peru with 40"
      | \s{{0,3}},{GAP}(?:(?:well|far|just|narrowly|closely|distantly){GAP})?
        (?:ahead{GAP}of|followed{GAP}by)\b)
    """,
    _FLAGS,
)
# What the ballot needed, as an aside between two candidates: "Mr. Roy obtained 68 votes,
# the required majority being 62, and Ms. Lund 51".
_MAJORITY_ASIDE = re.compile(
    rf"""
    \s{{0,3}},{GAP}(?:the{GAP})?(?:required|necessary|requisite)(?:{GAP}two-thirds)?{GAP}majority
    {GAP}being{GAP}{COUNT_PATTERN}(?=\s{{0,3}},)
    # a rank of the votes just given: ", the lowest of any country,", "– the highest of all"
    | \s{{0,3}}(?:,|[–—]|--){GAP}the{GAP}(?:highest|lowest|most|fewest|largest|smallest)\b
      [^\d,;.()–—]{{0,50}}?(?=\s{{0,3}},)
    """,
    _FLAGS,
)
# The candidates' election after the last of them, before the ballots that went to none:
# "Nepal with 98 votes and Peru with 86 were elected, with 4 abstentions".
_ELECTED_AFTER = re.compile(
    rf"""
    (?:\s{{0,3}},?{GAP}(?:(?:and|who|which){GAP})?(?:were|was|have{GAP}been|had{GAP}been)
        (?:{GAP}(?:duly|thus|therefore))?{GAP}(?:re-?)?elected
        (?:{GAP}[^\d.;:()]{{1,60}}?)?
      # after candidates that "elected" opened, what they were elected to: "elected Chile
      # (41 votes) and Peru (39 votes) to the Board; Fiji received 12 votes"
      | (?<=\))\s{{0,3}},?{GAP}(?:to|as){GAP}[^\d.;:()]{{1,80}}?)
    (?=\s{{0,3}}[,;])
    """,
    _FLAGS,
)
# The votes cast against the only candidate of a ballot, right after its votes: "Mr. Roy
# was elected, receiving 151 of the 162 votes cast, with 9 against and 2 blank ballots",
# "Ms. Lund obtained 140 votes, 6 votes being cast against". Not where a count or a name
# follows "against": that is another candidate's ("against 88 for Ms. Novak").
_AGAINST_ALONE = re.compile(
    rf"""
    \s{{0,3}},?{GAP}(?:with{GAP})?(?P<n>{COUNT_PATTERN}|{NONE_PATTERN}|no)
    (?:{GAP}(?:votes?|members|delegations|(?:Member{GAP})?States))?
    (?:{GAP}(?:were|was|being){GAP}cast)?{GAP}(?:against|opposed)\b
    (?!{GAP}(?:{COUNT_PATTERN}|(?-i:[A-Z])|the\b|her\b|his\b))
    """,
    _FLAGS,
)
# From the last candidate of a ballot to the next sentence: a phrase on the ballot may
# stand first ("... and Peru 77 in the first round. There were ..."), or the source of the results
# (", according to the final results.", ", as announced by the electoral commission.").
_SENTENCE_AFTER_BALLOT = re.compile(
    # the voters and the round: "... votes cast by the member countries in the second round
    # of balloting during the annual conference. Mr. Obi received 88 votes"
    rf"""(?:{GAP}(?:in|at|on|during|by)\b[^\d.;:()]{{1,100}}?
      | \s{{0,3}},{GAP}(?:according{GAP}to|as{GAP}(?:announced|declared|reported|published))
        \b[^\d.;:()]{{1,60}}?
      # the election of those listed: "Kenya (105) and Chile (99) were elected. There were
      # 3 invalid ballots."
      | \s{{0,3}},?{GAP}(?:and{GAP})?(?:were|was)(?:{GAP}(?:duly|declared))*{GAP}(?:re-?)?elected
        (?:{GAP}[^\d.;:()]{{1,60}}?)?)?
    \s{{0,3}}\.\s{{1,3}}(?=[A-Z])""",
    _FLAGS,
)
# A word that sets the next sentence's candidate beside the last one's: "... 134,705 votes.
# Meanwhile, Mr. Gayoom received 96,052 votes", "By contrast, Peru obtained 40".
_CONNECTIVE = re.compile(
    r"(?:Meanwhile|However|Similarly|By\s{1,3}contrast|In\s{1,3}contrast"
    r"|On\s{1,3}the\s{1,3}other\s{1,3}hand)\s{0,3},?\s{1,3}(?=\w)"
)
# A later candidate's rank opening the next sentence, its name and votes after it: "The
# runner-up was Ms. Lund, who received 23 votes", "In second place was Peru, which obtained
# 60 votes".
_RANK_OPENING = re.compile(
    rf"""(?:(?-i:The){GAP}runner-up{GAP}was
      | (?-i:In){GAP}(?:second|third){GAP}place{GAP}(?:was|came))
    {GAP}(?:(?:former|outgoing|incumbent|current){GAP})?(?=(?-i:[A-Z]))""",
    _FLAGS,
)
_ROLE_OF_PARTY_OPENING = re.compile(rf"{_ROLE_OF_PARTY}(?=(?-i:[A-Z]))", _FLAGS)
_SENTENCE_END = re.compile(r"\s{0,3}(?:[.;]|$)")
#: What a ballot needed, not what anybody cast: "required majority", "majority required".
REQUIRED_MAJORITY = (
    rf"(?:required|necessary|requisite)(?:{GAP}two-thirds)?{GAP}majority"
    rf"|(?:two-thirds{GAP})?majority{GAP}required"
)
# The record of a ballot, each figure after its label and a colon: "Number of ballots
# cast: 180; abstentions: 2; required majority: 119; Chile: 121; Peru: 57", or a comma in
# older records ("number of ballot papers, 99; invalid ballots, none; ...; Mr. Vela
# (Colombia), 61 votes; Mr. Qadiri (Afghanistan), 38 votes"). The labels of the record
# itself, before the candidates:
_RECORD_LABEL = rf"""
    (?:(?:number|total){GAP}of{GAP})?(?:(?:valid|invalid|blank){GAP})?
        (?:ballots?(?:{GAP}papers?)?|votes)(?:{GAP}(?:cast|received|returned))?
      | (?:number{GAP}of{GAP})?(?:members|States){GAP}(?:present{GAP}and{GAP})?voting
      | (?:number{GAP}of{GAP})?abstentions
      | {REQUIRED_MAJORITY}
"""
_RECORD_COUNT = rf"""
    \s{{0,3}}[:,]\s{{1,3}}(?P<n>{COUNT_PATTERN}|{NONE_PATTERN})(?:{GAP}{_VOTES_WORD})?
    (?!\w|\s{{0,3}}(?:per{GAP}cent|percent|%|[.,]\d))
"""
_RECORD_START = re.compile(rf"(?<![\w-])(?P<label>{_RECORD_LABEL}){_RECORD_COUNT}", _FLAGS)
_RECORD_ITEM = re.compile(rf"(?P<label>{_RECORD_LABEL}|{_NAME}){_RECORD_COUNT}", _FLAGS)
# Items follow each other after ";" or ",", one a line (a line may end on a period, as
# may an item before a capitalised one: "Number of ballot papers: 15. Number of ..."), or
# after spaces alone where a table lost its lines ("Number of ballots: 15 Number of
# valid ballots: 15 ..."): the next item must still be one of the record.
_RECORD_JOINT = re.compile(
    rf"\s{{0,3}}[;,](?:{GAP}and)?{GAP}|{GAP}and{GAP}|\s{{0,3}}\.?[ \t]{{0,3}}\n\s{{0,3}}"
    rf"|\s{{0,3}}\.{GAP}(?=(?-i:[A-Z]))|{GAP}",
    _FLAGS,
)
# The heading of the candidates' votes, with no count of its own: "Number of votes
# obtained:". After it a candidate's count may follow its name after dot leaders or
# spaces alone, one a line ("Mr. Osei (Ghana) ......... 9", "Ghana 150").
_RECORD_HEADING = re.compile(
    rf"(?:number{GAP}of{GAP})?votes{GAP}obtained(?:{GAP}by{GAP}(?:country|candidate))?"
    rf"\s{{0,3}}:\s{{1,3}}",
    _FLAGS,
)
_RECORD_CANDIDATE = re.compile(
    rf"""
    (?P<label>{_NAME})(?:\s{{0,3}}[:,]\s{{1,3}}|{_LEADERS}|{GAP})(?P<n>{COUNT_PATTERN})
    (?:{GAP}{_VOTES_WORD})?(?!\w|\s{{0,3}}(?:per{GAP}cent|percent|%|[.,]\d))
    """,
    _FLAGS,
)
# The record's labels that state how many voted: the total, the first one stated in this
# order of preference.
_RECORD_TOTALS = ("voting", "valid", "cast")
_RECORD_WORDS = re.compile(r"\b(?:ballots?|votes|voting|abstentions|majority)\b", re.IGNORECASE)
#: The category of ballots that went to no side, by the word that says why ("spoiled").
BALLOT_CATEGORY = {
    "invalid": "invalid ballots",
    "spoiled": "invalid ballots",
    "spoilt": "invalid ballots",
    "void": "invalid ballots",
    "null": "invalid ballots",
    "blank": "blank ballots",
    "empty": "blank ballots",
}
_NO_CANDIDATE_CATEGORIES = frozenset({"abstentions", *BALLOT_CATEGORY.values()})
#: The words of a kind of ballot that went to no side or candidate ("blank", "spoilt").
BALLOT_KINDS = "|".join(("spoilt", *BALLOT_CATEGORY))
_BALLOT_NOUNS = frozenset(("ballot", "ballots", "papers", "votes"))


def ballot_category(label: str) -> str | None:
    """The category of ballots a label names: one kind, or two joined by "or" or "and".

    >>> ballot_category("Spoilt"), ballot_category("blank or spoiled")
    ('invalid ballots', 'blank or spoiled ballots')
    >>> ballot_category("blank ballot papers"), ballot_category("abstentions") is None
    ('blank ballots', True)
    """
    words = [word for word in label.lower().split() if word not in _BALLOT_NOUNS]
    if len(words) == 1:
        return BALLOT_CATEGORY.get(words[0], "invalid ballots" if words[0] == "spoilt" else None)
    if (
        len(words) == 3
        and words[1] in ("or", "and")
        and all(word == "spoilt" or word in BALLOT_CATEGORY for word in words[::2])
    ):
        return " ".join(words) + " ballots"
    return None


# The office a candidate was elected to, written right after the name with no "as": "The
# Assembly elected Mr. Beldi President of the session".
_OFFICE_AFTER_NAME = re.compile(
    r"\s(?:President|Vice-President|Chair(?:man|woman|person)?|Vice-Chair(?:man|woman|person)?"
    r"|Rapporteur|Secretary-General|Director-General|Registrar|Prosecutor)"
    r"(?:\s(?:of|for)\s.{1,80})?$"  # what the office is of: "President of Sixty-Seventh Session"
)


def _candidate(name: str) -> str | None:
    """The name of a candidate as written, or None where the words name none.

    An office written after the name is no part of it ("Mr. Beldi President" -> "Mr.
    Beldi"), nor what the office is of, as a headline writes it in capitals.

    >>> _candidate("Mr. Haroun  Beldi President"), _candidate("The Council")
    ('Mr. Haroun Beldi', None)
    >>> _candidate("Vuk Jeremić of Serbia President of Sixty-Seventh Session")
    'Vuk Jeremić of Serbia'

    Nor is the party the candidate stands for:

    >>> _candidate("Mr. Delgado of the National Renewal Party (NRP)")
    'Mr. Delgado'
    """
    name = " ".join(name.split())
    if (quoted := _QUOTED_OPTION.match(name)) is not None:
        return quoted["answer"].strip()  # 'the "yes" option': the answer names it
    if (option := _OPTION_NAME.match(name)) is not None:
        return option["option"]  # "the first alternative": its article dropped
    role = _ROLE_DETERMINER.match(name)
    if role is not None:
        return name[role.end() :]  # "her challenger": a candidate named by what it is
    name = _OFFICE_AFTER_NAME.sub("", name)
    name = _POSSESSIVE_END.sub("", name)  # "and Bulgaria's 160": the candidate is Bulgaria
    name = _PARTY_AT_END.sub("", name)
    return None if _NO_CANDIDATE.search(name) else name


_POSSESSIVE_END = re.compile(r"(?<=\w)[’'](?:s)?$")
_PARTY_AT_END = re.compile(rf"(?<=\S)\s(?:of|from)\s{_PARTY}$", _FLAGS)


def _ballots(match: re.Match[str]) -> Part | None:
    """The ballots that went to no candidate, or None where the match states no kind."""
    if match["abstentions"] or match.groupdict().get("abstentions_first"):
        category = "abstentions"
    else:
        groups = match.groupdict()  # the ballots of a record have no "kind_after"
        kind = (
            groups.get("kind_before") or groups.get("kind_after") or groups.get("kind_first") or ""
        ).lower()
        if not kind:
            return None
        category = BALLOT_CATEGORY[kind]
    count, _ = read_count(match["n"])
    if count is None:
        return None
    return Part(category, count, match.start("n"), match.end())


def _next_sentence_ballots(text: str, end: int) -> list[Part]:
    """The ballots for no candidate that the sentence after a ballot states alone.

    "Chile received 102 votes and Peru 77 in the first round. There were 12
    abstentions." is one ballot: the next sentence states nothing but the ballots that
    went to no candidate ("There were no abstentions", "Three ballots were invalid",
    "Twelve members abstained", "There were 2 abstentions and 1 invalid ballot") and
    ends there; otherwise none are taken.
    """
    stop = _SENTENCE_AFTER_BALLOT.match(text, end)
    if stop is None:
        return []
    parts: list[Part] = []
    pos = stop.end()
    while (ballots := _NO_CANDIDATE_BALLOTS.match(text, pos)) is not None:
        part = _ballots(ballots)
        if part is None or any(p.category == part.category for p in parts):
            return []
        parts.append(part)
        pos = ballots.end()
    return parts if parts and _SENTENCE_END.match(text, pos) is not None else []


def _count(raw: str) -> int | None:
    """A count as written, or None where it is unreadable or needed an OCR repair."""
    value, ocr = read_count(raw)
    return None if ocr else value


def _count_or_none(raw: str) -> int | None:
    """A count as :func:`_count` reads it, or 0 for "none", "no", "nil".

    >>> _count_or_none("twelve"), _count_or_none("none"), _count_or_none("No")
    (12, 0, 0)
    """
    if re.fullmatch(NONE_PATTERN + "|no", raw, re.IGNORECASE):
        return 0
    return _count(raw)


def _part(match: re.Match[str], name_group: str, count_group: str, end: int) -> Part | None:
    """The part of a candidate whose name and count ``match`` holds, or None."""
    name = _candidate(match[name_group])
    count = _count(match[count_group])
    if name is None or count is None:
        return None
    return Part(name, count, min(match.start(name_group), match.start(count_group)), end)


def _elected_after_list(text: str, match: re.Match[str]) -> bool:
    """Whether the names with bare counts in parentheses from ``match`` on were elected.

    An official record states the votes of those elected in parentheses with no noun:
    "Having obtained the required majority, Kenya (105) and Chile (99) were elected";
    the counts are votes where the election follows the list ("The Committee met in
    Geneva (12) and Vienna (3)" is none).

    >>> text = "Kenya (105) and Chile (99) were elected."
    >>> _elected_after_list(text, _IN_PARENTHESES.match(text))
    True
    >>> text = "Kenya (105) and Chile (99) hosted the meetings."
    >>> _elected_after_list(text, _IN_PARENTHESES.match(text))
    False
    """
    end = match.end()
    while (following := _IN_PARENTHESES.match(text, end)) is not None and not following["votes"]:
        end = following.end()
    return (
        _ELECTED_NEXT.match(text, end) is not None
        or _ELECTED_BEFORE_LIST.search(text, max(0, match.start("name") - 60), match.start("name"))
        is not None
    )


# The election of the names just listed: "... were elected", "..., having obtained the
# required majority, were declared elected".
_ELECTED_NEXT = re.compile(
    rf"""
    (?:\s{{0,3}},{GAP}having{GAP}(?:obtained|received|secured)[^\d,;:.()]{{1,60}}\s{{0,3}},)?
    \s{{0,3}},?{GAP}(?:were|was|have{GAP}been|had{GAP}been)
    (?:{GAP}(?:duly|thus|therefore|declared))*{GAP}(?:re-?)?elected\b
    """,
    _FLAGS,
)
# ... or before the list, after a colon: "the following were elected: Kenya (105), ..."
_ELECTED_BEFORE_LIST = re.compile(
    rf"(?:were|was|have{GAP}been|had{GAP}been)(?:{GAP}(?:duly|thus|therefore|declared))*"
    rf"{GAP}(?:re-?)?elected(?:{GAP}[a-z][\w-]{{1,20}}){{0,4}}\s{{0,3}}:\s{{0,3}}$",
    _FLAGS,
)


def _first_parts(text: str, match: re.Match[str]) -> list[Part]:
    """The candidates a first match names: one, or two for "defeated", "against 88 for"."""
    if match.re in (_TIE_BETWEEN, _TIE_NAMED_BEFORE):
        if match["n"] != match["m"]:
            return []  # "a 30-28 tie" is no tie
        first = _part(match, "name", "n", match.end())
        second = _part(match, "other", "m", match.end())
        return [first, second] if first and second else []
    if match.re is _DEFEATED:
        first = _part(match, "name", "n", match.end("n"))
        second = _part(match, "other", "m", match.end())
        return [first, second] if first and second else []
    if match.re is _IN_PARENTHESES:
        first = _part(match, "name", "n", match.end())
        return [first] if first and (match["votes"] or _elected_after_list(text, match)) else []
    if match.re is _BARE_GIVEN_FIRST:
        first = _part(match, "name", "n", match.end())
        return [first] if first else []
    if match.re is _GIVEN_FIRST:
        count = next(
            group for group in ("n", "given", "stood", "favoured", "voted") if match[group]
        )
        first = _part(match, "name", count, match.end())
        return [first] if first else []
    if match.re is _FIRST and match["bare"] and _SAW.search(text, 0, match.start()) is None:
        return []  # "Chile obtain 90 votes" only after a verb of seeing
    if match.re is _FIRST and match["lost"] and _ROLE_DETERMINER.match(match["name"]):
        return []
    if match.re is _PRONOUN_VOTES:
        return _pronoun_parts(text, match)
    first = _part(match, "name", "n", match.end())
    if match.re is _WITH_VOTES_ELECTED and match["versus"]:
        return _with_versus(text, first, match.start("versus"))
    return _with_versus(text, first, match.end())


def _with_versus(text: str, first: Part | None, end: int) -> list[Part]:
    """The first candidate, and the one after "against" right after its votes at ``end``."""
    if first is None:
        return []
    versus = _VERSUS.match(text, end)
    if versus is None:
        return [first]
    if versus["n"]:
        second = _part(versus, "apposed" if versus["apposed"] else "name", "n", versus.end())
    else:
        second = _part(versus, "owner", "owned", versus.end())
    return [first, second] if second else []


def _pronoun_parts(text: str, match: re.Match[str]) -> list[Part]:
    """The candidates a pronoun's votes open, its name in the clause of its election before.

    >>> text = "The Board elected Ms. Vos; she received 30 votes against 12 for Mr. Obi."
    >>> [(p.category, p.count) for p in _pronoun_parts(text, _PRONOUN_VOTES.search(text))]
    [('Ms. Vos', 30), ('Mr. Obi', 12)]
    """
    elected = _ELECTED_BEFORE_PRONOUN.search(
        text, max(0, match.start() - _PRONOUN_REACH), match.start()
    )
    if elected is None:
        return []
    name = _candidate(elected["name"] or elected["subject"])
    count = _count(match["n"])
    if name is None or count is None:
        return []
    named = "name" if elected["name"] else "subject"
    return _with_versus(text, Part(name, count, elected.start(named), match.end()), match.end())


def _next_part(text: str, pos: int, listed: re.Pattern[str]) -> Part | None:
    """The next candidate (as ``listed`` writes them) or ballots for none, at ``pos``."""
    # "and 23 votes" of no stated kind may open the next candidate ("and 23 votes for Peru");
    # the ballots may be written label first ("; abstentions 7")
    ballots = _NO_CANDIDATE_BALLOTS.match(text, pos) or _NO_CANDIDATE_LABELLED.match(text, pos)
    if ballots is not None and (part := _ballots(ballots)) is not None:
        return part
    if (candidate := listed.match(text, pos)) is not None and (
        candidate.re is not _CANDIDATE or candidate["verb"] or not candidate["described"]
    ):
        return _part(candidate, "name", "n", candidate.end())
    # A candidate written in full after a list of another form: "Gabon (50 votes) and
    # Kenya (49); Chad obtained 21 votes"
    candidate = _CANDIDATE.match(text, pos)
    if candidate is not None and candidate["verb"] and candidate["votes"]:
        return _part(candidate, "name", "n", candidate.end())
    if (rest := _REMAINING.match(text, pos)) is not None and (
        part := _part(
            rest, "name" if rest["name"] else "others", "n" if rest["n"] else "bare", rest.end()
        )
    ) is not None:
        part.remaining = True
        return part
    return None


# How the candidates after the first are written, by the pattern of the first.
_NEXT = {
    _IN_PARENTHESES: _IN_PARENTHESES,
    _LISTED: _LISTED_NEXT,
    _RESULTS_LISTED: _LISTED_NEXT,
    _GIVEN_FIRST: _GIVEN_NEXT,
    _BARE_GIVEN_FIRST: _GIVEN_NEXT,
    _OPTION_FIRST: _OPTION_NEXT,
    _OPTION_RESULT: _OPTION_NEXT,
    _SUPPORTED_FIRST: _SUPPORTED_NEXT,
}


# A candidate's share of the vote beside its count: in parentheses ("Mr. Kouassi received
# 1,065,597 votes (59.4 per cent) and General Yao 587,267 (32.7 per cent)"), or after a word
# that restates the count as a share, of the votes ("134,705 votes with 58.4% of the votes
# cast", "96,052 votes, which is 41.6% of the votes cast", "612,000 votes, representing 41
# per cent of the vote") or ending its clause ("612,000 votes, or 41 per cent, while ...").
_SHARE_ASIDE = re.compile(
    r"""\s{0,3}(?:(?P<paren>\()\s{0,2}
      | ,?\s{1,3}(?:with|or|representing|which\s{1,3}(?:is|was|represents|represented
          |amounts?\s{1,3}to|amounted\s{1,3}to))\s{1,3})
    (?P<share>\d{1,3}(?:\.\d{1,3})?)\s{0,3}(?:per\s{1,3}cent|percent|%)
    (?P<of>\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:(?:valid|total)\s{1,3})?(?:votes|vote|ballots)
        (?:\s{1,3}cast)?)?
    (?(paren)\s{0,2}\)|(?(of)|(?=\s{0,3}(?:[,;)]|\.(?!\d)|$))))""",
    re.IGNORECASE | re.VERBOSE,
)


def _holds_share(text: str) -> bool:
    """Whether ``text`` may hold a share beside a count (a cheap test before _SHARE_ASIDE)."""
    return "%" in text or "cent" in text


def _take_share_aside(text: str, part: Part) -> None:
    """Give a candidate the share of the vote written beside its count.

    >>> part = Part("Chile", 90, 0, 14)
    >>> _take_share_aside("Chile 90 votes (52.3 per cent)", part)
    >>> part.percent, part.decimals, part.end
    (52.3, 1, 30)
    >>> part = Part("Peru", 96, 0, 13)
    >>> _take_share_aside("Peru 96 votes, which is 41.6% of the votes cast.", part)
    >>> part.percent, part.end
    (41.6, 47)
    """
    if part.count is None or part.percent is not None:
        return
    aside = _SHARE_ASIDE.match(text, part.end)
    if aside is None:
        return
    share = aside["share"]
    part.percent = float(share)
    part.decimals = len(share.split(".", 1)[1]) if "." in share else 0
    part.end = aside.end()


# The count a later candidate's two names share, "each" after it: "..., Qatar 166, and
# Kazakhstan and Nepal 160 each".
_EACH_AFTER = re.compile(rf"{GAP}each\b", re.IGNORECASE)


def _has_tie(text: str) -> bool:
    """Whether ``text`` holds one of the words of a tie (a cheap gate before a pattern)."""
    return any(literal in text for literal in TIE_LITERALS)


def _shared_parts(text: str, part: Part) -> list[Part]:
    """The part of a later candidate, or one per name where two names share its count.

    >>> text = "Qatar 166, and Kazakhstan and Nepal 160 each"
    >>> parts = _shared_parts(text, Part("Kazakhstan and Nepal", 160, 15, 39))
    >>> [(p.category, p.count) for p in parts], text[parts[0].start : parts[0].end]
    ([('Kazakhstan', 160), ('Nepal', 160)], 'Kazakhstan and Nepal 160 each')
    """
    if part.category is None or part.category.count(" and ") != 1:
        return [part]
    each = _EACH_AFTER.match(text, part.end)
    names = [_candidate(name) for name in part.category.split(" and ")]
    tied = _TIED_WORD.search(text, part.start, part.end) is not None
    if (each is None and not tied) or None in names:
        return [part]
    end = each.end() if each is not None else part.end
    return [Part(name, part.count, part.start, end) for name in names]


def _paired_candidates(text: str, pos: int, parts: list[Part]) -> list[Part]:
    """Later candidates as a list of names and one of counts paired in order, at ``pos``.

    "Ms. Ito was elected with 121 votes, while Mr. Sow and Ms. Berg obtained 84 and 79
    votes, respectively", "Chile received 101 votes; Peru and Fiji obtained 60 and 41":
    the pair of lists as after names and counts "respectively" (_RESPECTIVE_MORE), with
    no name of ``parts`` in it; none otherwise.

    >>> text = "Chile received 101 votes; Peru and Fiji obtained 60 and 41."
    >>> [(p.category, p.count) for p in _paired_candidates(text, 24, [])]
    [('Peru', 60), ('Fiji', 41)]
    """
    paired = _RESPECTIVE_MORE.match(text, pos)
    others = _respective_parts(paired) if paired is not None else []
    if any(part.category == other.category for part in parts for other in others):
        return []
    return others


def _more_candidates(
    text: str, pos: int, parts: list[Part], listed: re.Pattern[str], *, versus: bool
) -> int:
    """Add the candidates (as ``listed`` writes them) that follow ``pos`` to ``parts``.

    ``versus``: a candidate may also be written as the one after "against", count first
    ("..., against 71 for Ms. Lee and 12 for Mr. Kim"). Returns where the last one ends.
    """
    if (aside := _MAJORITY_ASIDE.match(text, pos)) is not None:
        pos = aside.end()
    if listed is _CANDIDATE and (paired := _paired_candidates(text, pos, parts)):
        parts.extend(paired)
        pos = paired[-1].end
    while (
        part := (versus and _next_part(text, pos, _GIVEN_NEXT))
        or _next_part(text, pos, listed)
        or (_next_part(text, pos, _VOTES_FOR_NEXT) if listed is _CANDIDATE else None)
    ) is not None:
        if any(p.category == part.category for p in parts):
            break
        if _holds_share(text):
            _take_share_aside(text, part)
        shared = _shared_parts(text, part) if " each" in text or _has_tie(text) else [part]
        if any(p.category == s.category for p in parts for s in shared):
            break
        parts.extend(shared)
        pos = shared[-1].end
        if (aside := _MAJORITY_ASIDE.match(text, pos)) is not None:
            pos = aside.end()
    return pos


# A round or ballot a sentence names: "in the second round", "on the first ballot".
_BALLOT_NAMED = re.compile(r"\b([a-z-]{3,20})\s{1,3}(?:round|ballot)\b", re.IGNORECASE)
_SENTENCE_REACH = 300  # how far a sentence of a ballot is looked at, either side


def _next_sentence_candidate(
    text: str, start: int, end: int, parts: list[Part]
) -> list[Part] | None:
    """The candidate that opens the sentence after a ballot, its verb written, or None.

    "Ms. Ruiz was elected with 128 votes. Mr. Obi received 61 votes" is one ballot, the
    first sentence running from ``start`` to ``end``. Not where the next sentence names
    a round or a ballot that the first does not ("Chile received 90 votes in the first
    round. Peru received 120 votes in the second round"), nor a candidate named before.
    A word that sets the candidates side by side may open it ("Meanwhile, Mr. Obi ..."),
    and the party the candidate stands for its name ("the candidate of the PPM, Mr. Ali").
    """
    stop = _SENTENCE_AFTER_BALLOT.match(text, end)
    if stop is None:
        return None
    at = stop.end()
    if (connective := _CONNECTIVE.match(text, at)) is not None:
        at = connective.end()
    if (role := _ROLE_OF_PARTY_OPENING.match(text, at)) is not None:
        at = role.end()  # "Meanwhile, candidate of the PPM, outgoing President Ali received"
    if (rank := _RANK_OPENING.match(text, at)) is not None:
        at = rank.end()  # "The runner-up was former Minister Ms. Lund, who received 23 votes"
    opening = _FIRST.match(text, at)
    if opening is None or opening["bare"]:
        return None
    sentence = text.rfind(". ", max(0, start - _SENTENCE_REACH), start)
    named_before = set(_BALLOT_NAMED.findall(text, max(0, sentence), stop.start()))
    next_stop = text.find(". ", stop.end(), stop.end() + _SENTENCE_REACH)
    next_end = next_stop if next_stop >= 0 else min(len(text), stop.end() + _SENTENCE_REACH)
    named_after = set(_BALLOT_NAMED.findall(text, stop.end(), next_end))
    if named_after and named_after != named_before:
        return None
    following = _first_parts(text, opening)
    if not following or any(p.category == f.category for p in parts for f in following):
        return None
    return following


# An aside without figures between a candidate's votes and the next candidate, between
# dashes or in parentheses: "Indonesia received 158 votes – guaranteeing its election –
# while Nepal received 28".
_ASIDE_BETWEEN = re.compile(
    r"(?:\s{1,3}(?:[–—]|--)[^\d–—()]{1,80}?(?:[–—]|--)|\s{0,3}\([^\d()]{1,80}\))"
    r"(?=\s{0,3},?\s{1,3}(?:while|whereas|and|but)\s)"
)


# A sentence after a ballot that states only what framed it, each clause a closed-class
# statement: the members present and voting or the ballots cast (the ballot's whole), the
# majority required, the abstentions or the invalid ballots. "... with 139 votes. 172
# Member States were present and voting and the required majority was 83. Mr. Obi
# received 25 votes" is one ballot of 172; so is "... with 145 votes. With 151 ballots
# cast, the required majority was 73." for its only candidate.
_FRAME_VOTERS = (
    rf"(?:members|Member{GAP}States|States(?:{GAP}parties)?|delegations|countries|Governments)"
)
_FRAME_CLAUSE = rf"""
    (?:(?P<voting>{COUNT_PATTERN}){GAP}{_FRAME_VOTERS}{GAP}(?:(?:were|being){GAP})?
        present{GAP}and{GAP}voting
      | (?:with{GAP}|a{GAP}total{GAP}of{GAP})?(?P<cast>{COUNT_PATTERN}){GAP}(?:valid{GAP})?
        (?:ballots|votes)(?:{GAP}(?:were|being))?{GAP}cast
      | (?:the{GAP})?(?:{REQUIRED_MAJORITY}){GAP}(?:for{GAP}election{GAP})?(?:was|being)
        (?:{GAP}therefore)?{GAP}{COUNT_PATTERN}(?:{GAP}votes)?
      | there{GAP}(?:were|was){GAP}(?:no|{COUNT_PATTERN}){GAP}(?:abstentions?|invalid{GAP}ballots?)
        (?:{GAP}and{GAP}(?:no|{COUNT_PATTERN}){GAP}(?:abstentions?|invalid{GAP}ballots?))?)
"""
_FRAME_UNNAMED = _FRAME_CLAUSE.replace("(?P<voting>", "(?:").replace("(?P<cast>", "(?:")
_FRAME_CLAUSE_RE = re.compile(_FRAME_CLAUSE, _FLAGS)
_FRAME_SENTENCE = re.compile(
    rf"""(?:{GAP}(?:in|at|on|during)\b[^\d.;:()]{{1,60}}?)?\s{{0,3}}\.\s{{1,3}}
    (?=(?-i:[A-Z0-9]))(?:{_FRAME_UNNAMED})(?:\s{{0,3}}[,;]?(?:{GAP}and)?{GAP}(?:{_FRAME_UNNAMED})){{0,3}}
    (?=\s{{0,3}}\.(?:\s|$))""",
    _FLAGS,
)


def _frame_after(text: str, pos: int) -> tuple[int, int | None] | None:
    """The end of a sentence of the ballot's frame right after ``pos``, and its whole.

    >>> text = "Ms. Ito was elected with 139 votes. 172 States were present and voting. Next."
    >>> _frame_after(text, 34)
    (70, 172)
    """
    frame = _FRAME_SENTENCE.match(text, pos)
    if frame is None:
        return None
    whole = None
    for clause in _FRAME_CLAUSE_RE.finditer(frame.group()):
        if raw := clause["voting"] or clause["cast"]:
            whole = _count(raw)
            break
    return frame.end(), whole


# The rest of the whole the first candidate's votes came from, where its match left it:
# " cast" of "108 of the 191 votes cast", " out of 56 cast" after "30 votes".
_WHOLE_AFTER_FIRST = re.compile(
    rf"""(?:{GAP}out{GAP}of{GAP}{_WHOLE_OPENING}?{COUNT_PATTERN}
        (?:{GAP}(?:valid{GAP})?(?:votes|ballots))?)?{GAP}cast\b""",
    _FLAGS,
)


def _read_ballot(text: str, first: re.Match[str]) -> Tally | None:
    """The tally of the ballot whose first candidate ``first`` matched, or None."""
    parts = _first_parts(text, first)
    if not parts:
        return None
    listed = _NEXT.get(first.re, _CANDIDATE)
    # "..., against 71 for Ms. Lee and 12 for Mr. Kim": a later candidate may be written
    # as the one after "against", count first, its verb elided
    versus = len(parts) == 2 and first.re in (_FIRST, _PRONOUN_VOTES, _SUBJECT_THEN_PARTICIPLE)
    if _holds_share(text):
        _take_share_aside(text, parts[-1])
    pos = parts[-1].end
    if (
        len(parts) == 1
        and first.re in (_FIRST, _ELECTED_FIRST, _WITH_VOTES_ELECTED, _PRONOUN_VOTES)
        and (against := _AGAINST_ALONE.match(text, pos)) is not None
        and (count := _count_or_none(against["n"])) is not None
    ):  # "receiving 151 of the 162 votes cast, with 9 against": a choice of yes or no
        parts.append(Part("against", count, against.start("n"), against.end()))
        pos = against.end()
    if (cast := _WHOLE_AFTER_FIRST.match(text, pos)) is not None:
        pos = cast.end()  # "with 108 of the 191 votes cast, ahead of ...", "out of 56 cast;"
    if (elected := _ELECTED_BETWEEN.match(text, pos)) is not None:
        pos = elected.end()
    elif (aside := _ASIDE_BETWEEN.match(text, pos)) is not None:
        pos = aside.end()  # "received 158 votes – guaranteeing its election – while ..."
    pos = _more_candidates(text, pos, parts, listed, versus=versus)
    # a sentence of the ballot's frame may follow (its whole is the ballot's total)
    frame = _frame_after(text, pos)
    # the ballot may run on into the next sentence: "Ms. Ruiz was elected with 128 votes.
    # Mr. Obi received 61 votes and Ms. Lam 12.", past a sentence of its frame too
    if (
        following := _next_sentence_candidate(
            text, first.start(), frame[0] if frame else pos, parts
        )
    ) is not None:
        if _holds_share(text):
            _take_share_aside(text, following[-1])
        parts.extend(following)
        pos = _more_candidates(text, following[-1].end, parts, _CANDIDATE, versus=False)
    # A candidate written in full after the others' election: "Ireland, with 128 votes,
    # and Norway, with 130, were elected on the first ballot, while Canada obtained 108"
    if (
        (elected := _ELECTED_AFTER.match(text, pos)) is not None
        and (candidate := _CANDIDATE.match(text, elected.end())) is not None
        and candidate["verb"]
        and candidate["votes"]
        and (part := _part(candidate, "name", "n", candidate.end())) is not None
        and all(p.category != part.category for p in parts)
    ):
        parts.append(part)
        # more may follow it: "...; Nepal obtained 80 votes and there were 3 invalid ballots"
        pos = _more_candidates(text, part.end, parts, _CANDIDATE, versus=False)
    # Votes given to a later candidate may follow a phrase on the ballot: "received 167
    # votes in a secret ballot, with 7 going to another candidate and 14 abstentions"
    if (phrase := _BALLOT_PHRASE.match(text, pos)) is not None and _VOTES_FOR_NEXT.match(
        text, phrase.end()
    ) is not None:
        pos = _more_candidates(text, phrase.end(), parts, _CANDIDATE, versus=False)
    # The ballots for none may follow the candidates' election or a phrase on the ballot:
    # "Nepal, with 98 votes, and Peru, with 86, were elected, while 4 ballots were invalid"
    if (
        stated := _ELECTED_AFTER.match(text, pos) or _BALLOT_PHRASE.match(text, pos)
    ) is not None and (ballots := _NO_CANDIDATE_BALLOTS.match(text, stated.end())) is not None:
        part = _ballots(ballots)
        if part is not None and all(p.category != part.category for p in parts):
            parts.append(part)
    candidates = sum(1 for part in parts if part.category not in _NO_CANDIDATE_CATEGORIES)
    # the only candidate too, as where the same sentence states them ("Ms. Ruiz received
    # 158 votes in a secret ballot. Fourteen countries abstained.")
    alone = (
        candidates == 1
        and first.re in (_FIRST, _ELECTED_FIRST, _WITH_VOTES_ELECTED)
        and not first.groupdict().get("lost")
    )
    later = _next_sentence_ballots(text, parts[-1].end) if candidates >= 2 or alone else []
    if all(p.category != part.category for p in parts for part in later):
        parts.extend(later)
    whole = first.groupdict().get("whole") or first.groupdict().get("possible")
    if (
        whole is None
        and first.re is _ELECTED_FIRST
        and (stated := OUT_OF_TOTAL.match(text, parts[0].end)) is not None
    ):  # "elected Mr. Obi Chair by 89 votes out of 99" (later candidates may follow)
        whole = stated["total"]
    voters = None  # "He won with 152 votes, with 160 countries present and voting"
    if whole is None and len(parts) == 1 and first.re in (_FIRST, _ELECTED_FIRST, _PRONOUN_VOTES):
        voters = voters_stated_after(text, parts[0].end)
    if whole is None and voters is None and frame is not None:
        voters = frame[1]  # "... with 139 votes. 172 Member States were present and voting."
    # One candidate's votes are a tally only with the whole they were cast from ("was
    # elected by 89 votes out of 99"), as a vote of one side is; alone ("Poland, with 14
    # votes, was elected") they count no split.
    alone_with_whole = (
        len(parts) == 1
        and candidates == 1
        and (whole is not None or voters is not None)
        and first.re
        in (_FIRST, _ELECTED_FIRST, _WITH_VOTES_ELECTED, _PRONOUN_VOTES, _SUBJECT_THEN_PARTICIPLE)
        and not first.groupdict().get("lost")
        and _WHOLE_NEEDED.match(text, first.end()) is None
    )
    if (len(parts) < 2 and not alone_with_whole) or (
        first.re is _GIVEN_FIRST
        and (first["favoured"] or first["stood"] or first["voted"])
        and candidates < 2
    ):
        return None
    if first.re in (_OPTION_FIRST, _OPTION_RESULT) and candidates < 2:
        return None
    tally = Tally("vote", parts[0].start, parts[-1].end, parts)
    if (total := voters if whole is None else _count(whole)) is not None:
        votes = sum(part.count or 0 for part in parts)
        tally.total = total if total >= votes or _fills_seats(text, parts, total) else None
    if alone_with_whole and tally.total is None:
        return None
    return tally


# The seats one ballot fills, stated before its candidates: "where three seats were
# available", "for the two vacant seats".
_SEATS_FILLED = re.compile(
    r"\b(?P<seats>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s{1,3}"
    r"(?:(?:vacant|available|open|non-permanent|remaining)\s{1,3})?seats\b",
    re.IGNORECASE,
)
_SEAT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_SEAT_WORDS |= {"nine": 9, "ten": 10}


def _fills_seats(text: str, parts: list[Part], total: int) -> bool:
    """Whether votes past their whole fit a ballot that fills several seats.

    Each voter marks as many candidates as there are seats, so the candidates' votes may
    add up to the seats times the whole, each candidate's at most the whole: "where three
    seats were available, ... Burkina Faso had received 185 votes out of a possible 190,
    while Viet Nam picked up 183 and Libya received 178" (total 190).

    >>> parts = [Part("A", 185, 40, 41), Part("B", 183, 42, 43), Part("C", 178, 44, 45)]
    >>> _fills_seats("where three seats were available, A 185, B 183, C 178", parts, 190)
    True
    >>> _fills_seats("for the one remaining seat, A 185, B 183 and C 178", parts, 190)
    False
    """
    stated = None
    for seats in _SEATS_FILLED.finditer(text, 0, parts[0].start):
        stated = seats  # the last statement of seats before the first candidate
    if stated is None:
        return False
    raw = stated["seats"].lower()
    seats = int(raw) if raw.isdigit() else _SEAT_WORDS[raw]
    counts = [part.count or 0 for part in parts]
    return seats > 1 and max(counts) <= total and sum(counts) <= seats * total


def _ballot_of_bare_counts(text: str, match: re.Match[str]) -> Tally | None:
    """The ballot ``match`` opens where its bare counts are votes, or None.

    They are where a phrase naming the ballot follows the last candidate or the sentence
    counted votes before the first; each candidate's count ends its clause.
    """
    tally = _ballot_with_bare_counts(text, match)
    if tally is None:
        return None
    candidates = [p for p in tally.parts if p.category not in _NO_CANDIDATE_CATEGORIES]
    if _BALLOT_NAMED_AFTER.match(text, candidates[-1].end) is not None:
        return tally
    return tally if _votes_counted_before(text, match) else None


def _votes_counted_before(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence of the first candidate ``match`` counts votes before it.

    The sentence is looked at within a bounded reach, so the time stays linear.
    """
    reach = max(0, match.start() - _VOTES_COUNTED_REACH)
    starts = sentence_starts(text[reach : match.end()])  # the name ends no sentence
    sentence = reach + max(start for start in starts if reach + start <= match.start())
    return _VOTES_COUNTED.search(text, sentence, match.start()) is not None


def _ballot_after_votes_counted(text: str, match: re.Match[str]) -> Tally | None:
    """The ballot of bare counts for candidates that ``match`` opens, or None.

    Their counts are votes only where the sentence counted votes before the first ("A
    total of 402 votes were cast: 251 for ..."), and two candidates at least are named:
    "60 for Africa and 40 for Asia" after no count of votes is no ballot.
    """
    if not _votes_counted_before(text, match):
        return None
    tally = _read_ballot(text, match)
    if tally is None:
        return None
    candidates = [p for p in tally.parts if p.category not in _NO_CANDIDATE_CATEGORIES]
    return tally if len(candidates) >= 2 else None


_VOTES_IN_LIST = re.compile(r"\bvotes?\b", re.IGNORECASE)


def _listed_results(text: str, match: re.Match[str]) -> Tally | None:
    """The ballot whose results ``match`` lists, where a ballot was spoken of before.

    A heading that names the ballot ("Results of the second round:") speaks of it itself.
    """
    if match["named"] is None and _BALLOT_BEFORE.search(text, 0, match.start()) is None:
        # a list whose sentence counts votes speaks of a ballot too: "The result: A 134,
        # B 128 (three votes short), and C 113"
        stop = text.find(". ", match.end())
        if _VOTES_IN_LIST.search(text, match.end(), len(text) if stop < 0 else stop) is None:
            return None
    return _ballot_with_bare_counts(text, match)


def _ballot_with_bare_counts(text: str, match: re.Match[str]) -> Tally | None:
    """The ballot ``match`` opens, where two or more candidates each end their clause."""
    tally = _read_ballot(text, match)
    if tally is None:
        return None
    candidates = [p for p in tally.parts if p.category not in _NO_CANDIDATE_CATEGORIES]
    if len(candidates) < 2 or any(
        _AFTER_BARE_COUNT.match(text, part.end) is None for part in candidates
    ):
        return None
    return tally


def _with_votes_to_ballot(text: str, match: re.Match[str]) -> Tally | None:
    """The two candidates ``match`` sets against each other, or None.

    A name after a comma that holds "and" ends a list of names ("elected A, B and C who
    was elected with 132 votes to D's 60"): the candidate is the name after the "and".
    """
    name = match["name"]
    if " and " in name and text[: match.start()].rstrip().endswith(","):
        match = _WITH_VOTES_TO.match(text, match.start() + name.rindex(" and ") + 5)
        if match is None:
            return None
    return _read_ballot(text, match)


def _split_names(names: str, wanted: int) -> list[str] | None:
    """The names of a list as written, ``wanted`` of them, or None where they are not.

    The list is split on its commas and on "nor"; its last name is split on "and" where it
    holds one "and" and one name is missing, or where commas list the names before it
    ("Chile, Peru and Fiji" are three names, whatever the count; "Chile and Bosnia and
    Herzegovina" is no guess).
    """
    found = [" ".join(name.split()) for name in _NAME_SEPARATOR.split(names)]
    if (len(found) == wanted - 1 or len(found) > 1) and found[-1].count(" and ") == 1:
        found[-1:] = found[-1].split(" and ")
    found = [name.removeprefix("the ").removeprefix("The ") for name in found]
    if len(found) != wanted or any(_candidate(name) is None for name in found):
        return None
    return found


_VOTES_AFTER = re.compile(rf"{GAP}votes$")  # "186 votes" of "186 votes, 187 votes and 182"


def _respective_parts(match: re.Match[str]) -> list[Part]:
    """The candidates of a names list and a counts list paired in order, or none."""
    counts = [_count(_VOTES_AFTER.sub("", raw)) for raw in _COUNT_SEPARATOR.split(match["counts"])]
    names = _split_names(match["names"], len(counts))
    if names is None or any(count is None for count in counts):
        return []
    start, end = match.start("names"), match.end()
    return [Part(name, count, start, end) for name, count in zip(names, counts, strict=True)]


def _respective_ballot(text: str, match: re.Match[str]) -> Tally | None:
    """The ballot of a names list and a counts list paired in order, or None."""
    parts = _respective_parts(match)
    if not parts:
        return None
    start, end = match.start("names"), match.end()
    if (more := _RESPECTIVE_MORE.match(text, end)) is not None:
        others = _respective_parts(more)
        if others and all(p.category != o.category for p in parts for o in others):
            parts.extend(others)
            end = more.end()
    # the ballots for none after the lists: "..., respectively, with 1 invalid ballot"
    while (ballots := _NO_CANDIDATE_BALLOTS.match(text, end)) is not None:
        part = _ballots(ballots)
        if part is None or any(p.category == part.category for p in parts):
            break
        parts.append(part)
        end = ballots.end()
    # a candidate written in full after the lists, its verb and "votes" written: "Egypt and
    # Japan were elected with 179 and 184 votes respectively, while Uruguay obtained 185 votes"
    while (
        (candidate := _CANDIDATE.match(text, end)) is not None
        and candidate["verb"]
        and candidate["votes"]
        and (part := _part(candidate, "name", "n", candidate.end())) is not None
        and all(p.category != part.category for p in parts)
    ):
        parts.append(part)
        # "..., while Uruguay obtained 85 votes and there were 3 invalid ballots"
        end = _more_candidates(text, part.end, parts, _CANDIDATE, versus=False)
    return Tally("vote", start, end, parts)


def _each_ballot(text: str, match: re.Match[str]) -> Tally | None:
    """The ballot of names that each received the count ``match`` holds, or None.

    The names are as many as the list shows: a last name with one "and" is two, and a
    name still holding "and" after that is no guess ("Chile, Bosnia and Herzegovina and
    Peru each ...").
    """
    count = _count(match["count"])
    names = [" ".join(name.split()) for name in _NAME_SEPARATOR.split(match["names"])]
    if names[-1].count(" and ") == 1:
        names[-1:] = names[-1].split(" and ")
    names = [name.removeprefix("the ").removeprefix("The ") for name in names]
    if count is None or len(names) < 2 or any(" and " in name for name in names):
        return None
    if any(_candidate(name) is None for name in names):
        return None
    start, end = match.start("names"), match.end()
    return Tally("vote", start, end, [Part(name, count, start, end) for name in names])


# How a ballot is read, by the pattern that found it (the first candidate's by default).
def _record_ballot(text: str, match: re.Match[str]) -> Tally | None:
    """The ballot a record of "label: count" items states, or None.

    The record starts at ``match``, a label of its own ("Votes cast"); its items follow
    each other after ";" or ",", or one a line. Every label must be one of the record or
    a candidate's name, and at least two candidates follow: the candidates are the parts,
    the members voting (else the valid ballots, else the ballots or votes cast) the total
    where no candidate's votes exceed it. A required majority or the abstentions are
    neither part nor total. A heading with no count ("Number of votes obtained:") may
    stand before the candidates; after it a name and its count may be set apart by dot
    leaders or spaces alone.
    """
    stated: dict[str, int] = {}
    parts: list[Part] = []
    headed = False  # whether the heading of the candidates' votes was passed
    item: re.Match[str] | None = match
    while item is not None:
        label = " ".join(item["label"].split())
        count = _count(item["n"])
        if count is None:
            return None
        if _RECORD_WORDS.search(label):
            if parts:  # the record's labels come before its candidates
                break
            lower = label.lower()
            kind = next((word for word in _RECORD_TOTALS if word in lower), None)
            if kind is not None and "invalid" not in lower and "blank" not in lower:
                stated.setdefault(kind, count)
        else:
            name = _candidate(label)
            if name is None or any(p.category == name for p in parts):
                break
            parts.append(Part(name, count, item.start(), item.end()))
        joint = _RECORD_JOINT.match(text, item.end())
        if joint is None:
            break
        pos = joint.end()
        if not parts and (heading := _RECORD_HEADING.match(text, pos)) is not None:
            headed, pos = True, heading.end()
        item = (_RECORD_CANDIDATE if headed else _RECORD_ITEM).match(text, pos)
    if len(parts) < 2:
        return None
    tally = Tally("vote", match.start(), parts[-1].end, parts)
    total = next((stated[kind] for kind in _RECORD_TOTALS if kind in stated), None)
    # Where several seats are filled, each ballot names several candidates: their votes
    # may add up to more than the members voting, but none exceeds them.
    if total is not None and total >= max(part.count or 0 for part in parts):
        tally.total = total
    return tally


# The heading of a table of results, a column of names and one of votes, on a line of its
# own: "Candidate        Votes", "Name of candidate    Number of votes", "Country  Votes
# obtained". Each row below it a name and its count, set apart by dot leaders or spaces
# ("Costa Rica . . . . . 47"); a row "Total" states the whole.
_TABLE_HEADING = re.compile(
    r"""(?:^|\n)[ \t]{0,3}
    (?P<heading>(?:Candidates?|Names?(?:[ \t]of[ \t]candidates?)?|Countr(?:y|ies)
        |(?:Member[ \t])?States?|Nominees?)
    [ \t]{2,60}(?:(?:Number[ \t]of[ \t])?votes(?:[ \t](?:obtained|received|cast))?))
    [ \t]{0,3}\n\s{0,3}""",
    _FLAGS,
)
_TABLE_ROW_END = re.compile(r"[ \t]{0,3}\.?[ \t]{0,3}(?:\n\s{0,3}|$)")
_TABLE_ROW = re.compile(
    rf"""
    (?P<label>{_NAME})(?:{_LEADERS}|[ \t]{{1,40}})(?P<n>{COUNT_PATTERN})
    (?:{GAP}{_VOTES_WORD})?(?!\w|\s{{0,3}}(?:per{GAP}cent|percent|%|[.,]\d))
    """,
    _FLAGS,
)
_TABLE_TOTAL = re.compile(
    rf"(?-i:Total|TOTAL)s?(?:{_LEADERS}|\s{{0,3}}:\s{{0,3}}|[ \t]{{1,40}})"
    rf"(?P<n>{COUNT_PATTERN})(?!\w)",
    _FLAGS,
)


def _table_ballot(text: str, match: re.Match[str]) -> Tally | None:
    r"""The ballot a table of results states below its heading ``match``, or None.

    Two rows of a name and its count at least, one a line; a last row "Total" is the
    whole where the rows add up to it.

    >>> text = "Candidate      Votes\nChile . . . . 120\nPeru . . . . . 61\nTotal . . . . 181"
    >>> tally = _table_ballot(text, _TABLE_HEADING.match(text))
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (181, [('Chile', 120), ('Peru', 61)])
    """
    parts: list[Part] = []
    pos = match.end()
    while (row := _TABLE_ROW.match(text, pos)) is not None:
        name = _candidate(row["label"])
        count = _count(row["n"])
        if name is None or count is None or any(p.category == name for p in parts):
            break
        if name.lower().startswith("total") or _RECORD_WORDS.search(name):
            break
        end = _TABLE_ROW_END.match(text, row.end())
        if end is None:
            break
        parts.append(Part(name, count, row.start(), row.end()))
        pos = end.end()
    if len(parts) < 2:
        return None
    tally = Tally("vote", match.start("heading"), parts[-1].end, parts)
    total = _TABLE_TOTAL.match(text, pos)
    if total is not None and _count(total["n"]) == sum(part.count or 0 for part in parts):
        tally.total = _count(total["n"])
        tally.end = total.end()
    return tally


_READERS = {
    _TABLE_HEADING: _table_ballot,
    _RESPECTIVE: _respective_ballot,
    _ELECTED_RESPECTIVE: _respective_ballot,
    _EACH: _each_ballot,
    _RECORD_START: _record_ballot,
    _FIRST_BEFORE_BALLOT: _ballot_of_bare_counts,
    _BARE_GIVEN_FIRST: _ballot_after_votes_counted,
    _RESULTS_LISTED: _listed_results,
    _WITH_VOTES_TO: _with_votes_to_ballot,
}


def find_elections(text: str) -> list[Tally]:
    """Find the votes that candidates received in one ballot.

    Parameters
    ----------
    text
        One paragraph (any string).

    Returns
    -------
    list of Tally
        Tallies of kind ``"vote"`` in order of position, one part per candidate (its
        name as written) and per kind of ballot that went to no candidate; offsets are
        relative to ``text``.

    Examples
    --------
    >>> [(p.category, p.count) for t in find_elections(
    ...     "Ms. Okafor received 97 votes, Mr. Lindqvist 85 and Ms. Duarte 3.") for p in t.parts]
    [('Ms. Okafor', 97), ('Mr. Lindqvist', 85), ('Ms. Duarte', 3)]
    >>> find_elections("Ghana received 150 votes and was elected.")
    []
    """
    # A count right before "votes": every match of _FIRST, _EACH and _SUPPORTED_FIRST holds
    # one ("received 97 votes", "95 votes each", "backed by 12 votes")
    counts_votes = _counts_votes(text)
    firsts = list(_FIRST.finditer(text)) if counts_votes else []
    if "elected " in text or "elected:" in text or "lects " in text:
        # "The Assembly elected Mr. A President by 109 votes; B received 72", "it
        # elected: India, with 184 votes; Ireland, with 128 votes; ..."
        firsts.extend(_ELECTED_FIRST.finditer(text))
    if any(word in text for word in _PRONOUN_ANTECEDENT_WORDS):
        # "elected A; she received 109 votes, while B obtained 64", "A was successful in
        # his bid. He won with 152 votes, with 152 countries present and voting"
        firsts.extend(_PRONOUN_VOTES.finditer(text))
    if ("elected" in text or "defeat" in text or " beat " in text or " cast, " in text) and (
        "ith " in text or "ing " in text
    ):  # "With 29 of 47 votes, Mexico was elected; ...", "Receiving 67 of the 84 votes, ..."
        firsts.extend(_WITH_VOTES_ELECTED.finditer(text))
    ballot_named = "ballot" in text or " round" in text
    received_bare = (ballot_named or " votes " in text) and _receives_bare_count(text)
    if ballot_named and received_bare:
        firsts.extend(_FIRST_OF_BALLOT.finditer(text))  # "In the second ballot, A received 130"
    if " votes to " in text and ("’s " in text or "'s " in text):
        firsts.extend(_WITH_VOTES_TO.finditer(text))  # "A ... with 102 votes to B's 77"
    if ("ballot" in text or " round" in text or " vot" in text or "lection result" in text) and (
        "esult" in text or "as follows" in text
    ):
        firsts.extend(_RESULTS_LISTED.finditer(text))  # "The results were: Ms. A (Chad), 34; ..."
    if received_bare:  # "ballot", " round" or " votes " is in the text
        firsts.extend(_FIRST_BEFORE_BALLOT.finditer(text))  # "A received 95 ... in the first round"
    if "votes)" in text or ("elected" in text and ") " in text):
        # "Italy (180 votes), ...", "Kenya (105) and Chile (99) were elected"
        firsts.extend(_IN_PARENTHESES.finditer(text))
    if (" by " in text or holds_any(text, _DEFEATED_WORDS)) and _DEFEATED_VERB.search(text):
        firsts.extend(_DEFEATED.finditer(text))  # "Chile defeated Peru by 30 votes to 28"
    if holds_any(text, TIE_BETWEEN_LITERALS):
        firsts.extend(_TIE_BETWEEN.finditer(text))  # "ended in a 95-95 tie between A and B"
    if holds_any(text, TIE_NAMED_LITERALS):
        firsts.extend(_TIE_NAMED_BEFORE.finditer(text))  # "A and B ended in a 95-95 tie"
    if counts_votes and holds_any(text, _RECEIVING_ING_WORDS):
        # "Chile beat Peru in the second round, picking up 120 votes against 70 for Peru"
        firsts.extend(_SUBJECT_THEN_PARTICIPLE.finditer(text))
    if (
        ":" in text
        or " were " in text
        or " was " in text
        or " votes, " in text
        or " votes; " in text
    ):
        firsts.extend(_listed_firsts(text))
    if (": " in text and ("majority" in text or "cast:" in text or "voting:" in text)) or (
        "ballot papers, " in text or "ballots, " in text
    ):
        firsts.extend(_RECORD_START.finditer(text))  # "Votes cast: 175; ...; Ghana: 150"
    if " to " in text or " for " in text or " favour of " in text or " favor of " in text:
        if _GIVEN_FIRST_CUE.search(text) is not None:
            firsts.extend(_GIVEN_FIRST.finditer(text))
        if " votes " in text:  # "A total of 402 votes were cast: 251 for Mr. Abdi, 133 for ..."
            firsts.extend(_BARE_GIVEN_FIRST.finditer(text))
    if (
        " cast for " in text
        or " cast in favo" in text
        or " voted for " in text
        or " chose " in text
        or " opted for " in text
    ):
        firsts.extend(_OPTION_FIRST.finditer(text))  # "61,200 votes were cast for separation"
    if " was " in text and ("vote" in text or "result" in text or "outcome" in text):
        firsts.extend(_OPTION_RESULT.finditer(text))  # "The vote was 344,580 for independence"
    if "gave " in text or "giving " in text:
        firsts.extend(_GAVE_FIRST.finditer(text))  # "the fourth ballot gave Kenya 41 votes"
    if "respectively" in text and _VOTES_RESPECTIVELY.search(text) is not None:
        firsts.extend(_RESPECTIVE.finditer(text))
        if "elected " in text:  # "elected A, B and C ..., with 180, 176 and 150 votes, ..."
            firsts.extend(_ELECTED_RESPECTIVE.finditer(text))
    # "each obtained 95 votes", "obtained 95 votes each", "Chad and Fiji tied on 95 votes"
    if counts_votes and (" each" in text or " apiece" in text or _has_tie(text)):
        firsts.extend(_EACH.finditer(text))
    if counts_votes and (
        " supported by " in text or " backed by " in text
    ):  # "Chile was supported by 160 votes"
        firsts.extend(_SUPPORTED_FIRST.finditer(text))
    if "\n" in text and "otes" in text:  # "Candidate    Votes\nChile . . . 120\n..."
        firsts.extend(_TABLE_HEADING.finditer(text))
    firsts.sort(key=lambda match: match.start())
    found: list[Tally] = []
    for first in firsts:
        if found and first.start() < found[-1].end:
            continue
        tally = _READERS.get(first.re, _read_ballot)(text, first)
        if tally is not None:
            found.append(tally)
    return found


# Results by party or candidate written as parallel clauses, each naming its subject, a
# verb of receiving (a later clause may elide it) and the same figures in the same order:
# "Party A obtained 57.3% of the valid votes and 41 of the 72 seats, while Party B won
# 28.6% and 21 seats"; a subject may be a group in lower case ("The ruling party won 61
# seats, the opposition 35 and independents 4"). A clause's subject and verb stand right
# before its first figure, after the joint that opens the clause.
# A subject in lower case that names a group standing for election: "the ruling party",
# "the opposition", "independents", "independent candidates".
_GROUP_SUBJECT = (
    r"(?-i:(?:(?!(?:while|whereas|and|but|the|with)\b)[a-z][\w-]{1,20}\s{1,3}){0,2}"
    r"(?:party|parties|opposition|independents|coalition|alliance|front|movement|bloc"
    r"|candidates)\b)"
)
# The verb of a clause's subject, before its first figure.
_RESULT_VERB = rf"""
    (?:{_TIME_ADVERB}{GAP})?
    (?P<verb>(?:{_RECEIVING}|took|captured)(?:{GAP}with)?     # "won with 56 per cent"
      # "was elected President with 69.18 per cent of the votes"
      | (?:was|were){GAP}(?:re-?)?elected(?:{GAP}(?-i:[A-Z])[\w-]{{1,30}}){{0,3}}{GAP}with
      # "prevailed with 51 per cent", "led the first round with 44 per cent", "came first
      # with 38 per cent", "won the run-off with 52 per cent"
      | (?:prevailed|triumphed|won|{_RANKED})
        (?:{GAP}(?:in{GAP})?the{GAP}(?:[a-z-]{{1,15}}{GAP})?
          (?:round|ballot|run-?off|election|vote|poll|race|contest))?
        \s{{0,3}},?{GAP}with)
    (?:{GAP}(?:only|some|about|nearly|almost|just))?
"""
_RESULT_SUBJECT = re.compile(
    rf"""
    (?:^|(?<=[,;:])\s{{1,3}}
      # "while Peru ...", or the candidate beaten: ", defeating Mr. Ruiz, who obtained"
      | (?<=\s)(?P<joint>while|whereas|and|but|defeating|beating
        # a later candidate set behind the first: ", ahead of Mr. Obi (31 per cent)",
        # ", followed by Ms. Ruiz with 33 per cent"
        | (?:(?:well|far|just|narrowly|closely|distantly){GAP})?(?:ahead{GAP}of|followed{GAP}by))
        {GAP})
    (?:(?-i:[Tt]he){GAP})?(?P<name>{_NAME}|{_GROUP_SUBJECT})
    (?:\s{{0,3}},{GAP}(?:who|which))?
    (?:(?:{GAP}{_RESULT_VERB}|\s{{0,3}},?{GAP}with)?{GAP}    # "and Mr. Ba with 20 per cent"
      | \s{{0,3}}\(\s{{0,2}})                              # "ahead of Mr. Ba (31 per cent)"
    $
    """,
    _FLAGS,
)
# A first clause's subject named in apposition, its verb after the second comma: "the
# incumbent, Ms. Ito, received 53.5 per cent", "Mr. Banda, the ruling party's candidate,
# obtained 48 per cent" (the name is the one written as a name).
_APPOSED_SUBJECT = re.compile(
    rf"""
    (?:^|(?<=[,;:])\s{{1,3}}|(?<=\s))
    (?:(?:the|his|her|its|their){GAP}[^\d,;:()]{{1,60}}?\s{{0,3}},{GAP}(?P<name>{_NAME})
      | (?P<named>{_NAME})\s{{0,3}},{GAP}(?:the|his|her|its|their|an?){GAP}[^\d,;:()]{{1,60}}?)
    \s{{0,3}},{GAP}{_RESULT_VERB}{GAP}$
    """,
    _FLAGS,
)
# A relative opening the first clause, after what it says of the round: "No candidate
# obtained the required majority in the first round, in which Mr. Ruiz received 43.2 per
# cent of the vote and Mr. Obi 41.7 per cent".
_RESULT_RELATIVE = re.compile(r"(?:(?:in|at|during|on)\s{1,3}which|where|when)\s{1,3}", re.I)
# A later share set against the first, its candidate after it: "Mr. Obi won with 56.3 per
# cent against 42.3 per cent for Ms. Ruiz", "..., compared with 39 per cent for Mr. Ba and
# 12 per cent for Ms. Eze". Before it, the first figure's words and the word that sets it
# against (or, after such a share, a comma or "and"); after it, "for" and the name.
_SHARE_AGAINST = re.compile(
    r"(?:[^\d;:.()]|(?<![\d,])(?:1[89]|20)\d\d(?!\d|,\d))"  # "in the elections of 2012"
    r"{0,60}?\s{0,3},?\s{1,3}(?:against|versus|as\s{1,3}against"
    r"|compared\s{1,3}(?:with|to))\s{1,3}",
    re.IGNORECASE,
)
# After such a share: a comma, "and" or a semicolon, and "the remaining" before the share
# that went to the others ("; the remaining 23.7 per cent went to eleven other candidates").
_SHARE_AGAINST_NEXT = re.compile(
    r"\s{0,3}(?:[,;]\s{0,3}(?:and\s{1,3})?|and\s{1,3})(?:the\s{1,3}(?:remaining|other)\s{1,3})?",
    re.IGNORECASE,
)
# The candidate a share set against went to: "for Ms. Ruiz", "for her challenger", "shared
# among the remaining twelve candidates", "went to four other candidates".
_SHARE_FOR = re.compile(
    rf"""
    {GAP}(?:for|(?:(?:was|were|being){GAP})?(?:shared|divided|split){GAP}(?:among|between)
        |(?:went|going){GAP}to)
    {GAP}(?:(?P<role>{_ROLE_NAME})|(?:(?-i:the){GAP})?(?P<name>{_NAME}|{_GROUP_SUBJECT}))
    (?![\w’'-])
    """,
    _FLAGS,
)
# Where shares are set against each other without "votes" or "seats", a word of the
# sentence makes them an election's: "In the second round, Mr. Obi won with 56.3 per cent".
_ELECTION_WORDS = re.compile(r"\b(?:round|ballot|election|run-?off|vote)", re.IGNORECASE)
# Between two figures of one clause: words of the first figure ("of the valid votes"),
# then "and" or a comma.
_RESULT_WITHIN = re.compile(
    r"\)?[^\d;:.()]{0,60}?(?:\s{1,3}and|,)\s{1,3}"  # ")": after a share beside a count
    # what the votes brought: "612,000 votes, which translated into 52 seats", "..., giving
    # it 52 seats", "... and thus 52 seats"
    r"(?:(?:which|that)\s{1,3}(?:translated|converted|gave|brought|earned|yielded)"
    r"(?:\s{1,3}(?:it|them|into|to))?\s{1,3}"
    r"|(?:winning|taking|securing|earning|giving\s{1,3}(?:it|them)|thus|therefore|hence)\s{1,3})?"
)
# A share set beside a count as an aside, where later clauses state none: "612,000 votes,
# or 41 per cent, which ...", "612,000 votes (41 per cent) and ...".
_SHARE_BESIDE = re.compile(r"\s{0,3}(?:,\s{1,3}or|\()\s{0,3}")
# Before a later clause's subject: words of the last figure, then a comma or a semicolon
# (the joint word "while", "whereas", "and", "but" opens the subject's match).
_RESULT_BEFORE_JOINT = re.compile(r"[^\d;:.()]{0,80}?\s{0,3}[,;]?\s{0,3}")
# What the figures of an election count: the votes or the seats.
_RESULT_WORDS = re.compile(r"\b(?:votes?|seats|ballots)\b", re.IGNORECASE)
_RESULT_REACH = 120  # how far before its first figure a clause's subject may start
# One of these is in every first clause that _RESULT_SUBJECT reads: the cheap test first.
_RESULT_VERBS = (
    *("received", "obtained", "won", "secured", "garnered", "polled", "got", "gained"),
    *("scored", "picked", "took", "captured", "elected", "attained", "amassed", "bagged"),
    *("prevailed", "triumphed", " led ", "finished", "came ", "placed", "ranked", "trailed"),
)


# After the last figure of an election's results, the subject that took the rest: ", and
# independent candidates the remainder".
_REST_TAKEN = re.compile(
    rf"\s{{0,3}},?{GAP}and{GAP}[\w’'-]{{1,30}}(?:{GAP}[\w’'-]{{1,30}}){{0,4}}?{GAP}"
    rf"the{GAP}(?:remainder|rest|balance)\b",
    re.IGNORECASE,
)
# What may follow a figure whose clause elides its verb: the next clause, or the end.
_BARE_FIGURE_END = re.compile(r"\s{0,3}(?:[,;.)]|and\b|while\b|whereas\b|$)")


class _ResultClause(NamedTuple):
    """One clause of an election's results: its subject and the figures it states."""

    name: str
    figures: list[Item]
    states_verb: bool  # "Chile obtained 40%", not "Peru 30%" with the verb elided
    joint: str | None  # the word that opens it ("and", "while"), lower case
    end: int = -1  # where its name ends, when it follows the figure ("against 30% for Peru")


def _result_clauses(text: str, opening: int, figures: list[Item]) -> list[_ResultClause] | None:
    """Split ``figures`` into clauses, each with its subject's name, or None.

    The first clause needs its verb; a later one opens after a comma or a semicolon (with
    "while", "whereas", "and" or "but") and may elide it.
    """
    clauses: list[_ResultClause] = []
    for index, item in enumerate(figures):
        if index == 0:  # the whole clause before the first figure: its subject and verb
            lo = max(opening, *(text.rfind(mark, 0, item.start) + 1 for mark in ";:,"))
            words = text[lo : item.start].lstrip()
            if (relative := _RESULT_RELATIVE.match(words)) is not None:
                words = words[relative.end() :]
            subject = _RESULT_SUBJECT.match(words)
            if subject is None or subject["verb"] is None:
                subject = _apposed_subject(text, opening, item.start)
            if subject is None:
                return None
        else:
            previous = clauses[-1]
            if item.start < previous.end:
                continue  # a number in the name after a share: "for five other candidates"
            if (against := _share_against(text, previous, item)) is not None:
                clauses.append(against)
                continue
            if previous.end >= 0:
                return None  # after "against 30% for Peru", only such shares
            lo = max(figures[index - 1].head_end, item.start - _RESULT_REACH)
            gap = text[lo : item.start]
            if (
                item.kind == "percent"
                and figures[index - 1].kind == "count"
                and _SHARE_BESIDE.fullmatch(gap) is not None
            ):
                continue  # "612,000 votes, or 41 per cent, ..." (see _sentence_results)
            subject = _RESULT_SUBJECT.search(gap)
            if subject is None:
                if _RESULT_WITHIN.fullmatch(gap) is None:
                    return None
                clauses[-1].figures.append(item)
                continue
            if _RESULT_BEFORE_JOINT.fullmatch(gap, 0, subject.start()) is None:
                return None
        written = subject["name"] or subject.groupdict().get("named")  # "named": apposed
        name = _candidate(written) if written else None
        if name is None:
            return None
        joint = subject.groupdict().get("joint")
        joint = joint.lower() if joint else None
        clauses.append(_ResultClause(name, [item], subject["verb"] is not None, joint))
    return clauses


def _apposed_subject(text: str, opening: int, start: int) -> re.Match[str] | None:
    """The subject of a first clause written in apposition before its verb, or None.

    >>> text = "The incumbent, Ms. Ito, received 53 per cent"
    >>> _apposed_subject(text, 0, text.index("53"))["name"]
    'Ms. Ito'
    """
    lo = max(opening, start - _RESULT_REACH)
    if text.count(",", lo, start) < 2:
        return None
    return _APPOSED_SUBJECT.search(text[lo:start])


def _share_against(text: str, previous: _ResultClause, item: Item) -> _ResultClause | None:
    """The clause of a share set against the previous one, its name after it, or None.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "Mr. Obi won with 56 per cent against 42 per cent for Ms. Ruiz."
    >>> first, second = read_items(text)
    >>> _share_against(text, _ResultClause("Mr. Obi", [first], True, None), second).name
    'Ms. Ruiz'
    """
    if item.kind not in ("percent", "count") or previous.figures[-1].kind != item.kind:
        return None
    if previous.end >= 0:  # "..., against 30% for Peru and 12% for Chile"
        between = _SHARE_AGAINST_NEXT.fullmatch(text, previous.end, item.start)
    else:
        between = _SHARE_AGAINST.fullmatch(text, previous.figures[-1].head_end, item.start)
    named = _SHARE_FOR.match(text, item.head_end) if between is not None else None
    if named is None or (name := _candidate(named["role"] or named["name"])) is None:
        return None
    return _ResultClause(name, [item], True, None, named.end())


def _closed_list(text: str, clauses: list[_ResultClause]) -> bool:
    """Whether clauses of one figure each are an election's results beyond doubt.

    They are where every clause states its verb, or where those that elide it state
    their figure alone ("the National Party 20 per cent", nothing after it but the next
    clause) and "and" closes the list: it opens the last clause ("..., Peru 30 per cent
    and Chile 20 per cent") or a subject that took the rest ("..., Peru 30 per cent and
    other parties the remainder"); so does a last clause set behind the first ("...,
    ahead of Peru (30 per cent)"). "Peru obtained 45 per cent of the votes, Bolivia 30
    per cent" is no closed list: the second figure might be said of anything.
    """
    if all(clause.states_verb for clause in clauses):
        return True
    for clause in clauses:
        figure = clause.figures[0]
        if not clause.states_verb and (
            figure.head_end != figure.end or not _BARE_FIGURE_END.match(text, figure.end)
        ):
            return False
    last = clauses[-1].figures[-1]
    joint = (clauses[-1].joint or "").split()
    return (
        joint == ["and"]
        or joint[-2:-1] in (["ahead"], ["followed"])  # "ahead of", "closely followed by"
        or _REST_TAKEN.match(text, last.head_end) is not None
    )


def find_party_results(text: str, items: list[Item]) -> list[Tally]:
    """Find the results of an election written as parallel clauses, one per party.

    Parameters
    ----------
    text
        One sentence or paragraph where no other reader found a tally.
    items
        Its items (:func:`~surveystats.extract.tally_items.read_items`).

    Returns
    -------
    list of Tally
        One tally per figure that every clause states in the same order (the shares of
        the vote, the seats), its parts the clauses' subjects; a count's whole where a
        clause states it ("41 of the 72 seats") and the counts fit in it. Kind ``"vote"``
        for the shares or counts of votes, ``"breakdown"`` for seats. Empty unless two or
        more clauses name their subject, the first with a verb of receiving, every clause
        states the same kinds of figures (counts, percentages) in the same order, and the
        first clause's figures count votes, ballots or seats; shares must add up to at
        most 100. With one figure a clause a later clause may elide its verb only in a
        list that "and" closes (:func:`_closed_list`): "Peru obtained 45 per cent of the
        votes, Bolivia 30 per cent" stays none. A later share may be set against the
        first, its candidate after it ("Mr. Obi won with 56 per cent against 42 per cent
        for Ms. Ruiz", "..., compared with 39 per cent for Mr. Ba and 12 per cent for
        Ms. Eze"), where the first counts votes or the sentence names a round, ballot or
        election; the first clause may open on a relative ("in the first round, in which
        Mr. Obi received 43 per cent of the vote and Ms. Ruiz 41 per cent"), its verb may
        be "won with" or "was elected ... with", and a later subject may be the candidate
        beaten (", defeating Ms. Ruiz, who obtained 31 per cent"). The first subject may
        stand in apposition ("the incumbent, Mr. Obi, received 53 per cent", "Mr. Obi,
        the ruling party's candidate, received ..."), and a later share set against it
        may go to what a candidate is or to the others ("for her challenger", "shared
        among the remaining twelve candidates", "; the remaining 9 per cent went to five
        other candidates"). A later candidate may be set behind the first ("..., ahead of
        Mr. Ba (31 per cent)", "..., followed by Ms. Eze with 33 per cent and Mr. Ba with
        20 per cent"), whose verb may be one of winning or leading ("prevailed with",
        "led the first round with", "came first with"). Counts of votes are figures
        too ("Party A received 612,000 votes and 52 seats; Party B 455,000 votes and 39
        seats", "1.2 million votes"), a share beside one left out where later clauses
        state none ("612,000 votes, or 41 per cent, which translated into 52 seats"); a
        later count may be set against the first as a share is ("2,117,000 votes, as
        against 1,864,000 for the opposition bloc"). Two more shapes of parallel
        clauses make one tally per column: the votes of an election held in the two
        bodies that elect the Court's judges (:func:`_find_body_ballots`: "10 votes in
        the Security Council and 104 in the General Assembly; her rival, Mr. Obi, had
        obtained 5 votes in the Council and 83 in the Assembly"), and two candidates'
        votes in successive rounds as lists paired in order (:func:`_find_round_ballots`:
        "with 88, 91 and 93 votes respectively against 89, 86 and 84 for Peru, Chile
        withdrew"), the second read whatever the verbs.

    Examples
    --------
    >>> from surveystats.extract.tally_items import read_items
    >>> text = ("The Green Party won 55% of the vote and 30 of the 50 seats, while the Union"
    ...         " Party won 40% and 18 seats.")
    >>> for tally in find_party_results(text, read_items(text)):
    ...     print(tally.total, [(p.category, p.count, p.percent) for p in tally.parts])
    None [('Green Party', None, 55.0), ('Union Party', None, 40.0)]
    50 [('Green Party', 30, None), ('Union Party', 18, None)]
    """
    found: list[Tally] = []
    if " and " in text and " votes" in text:
        found.extend(_find_round_ballots(text))  # "88, 91 and 93 votes, against 89, 86 and ..."
    if not any(verb in text for verb in _RESULT_VERBS):
        return found
    if "Council" in text and "Assembly" in text:
        found.extend(_find_body_ballots(text))  # "10 votes in the Council and 104 in the ..."
    if " votes" in text:
        items = _with_vote_counts(text, items)
    figures = [item for item in items if item.kind in ("count", "percent")]
    starts = sentence_starts(text)  # no break after a title or an initial ("Mr. Novak")
    for number, sentence in itertools.groupby(
        figures, key=lambda item: bisect.bisect(starts, item.start) - 1
    ):
        found.extend(_sentence_results(text, starts[number], list(sentence)))
    return found


# A count of votes, which the items leave as no count (votes are the vote readers'):
# "612,000 votes", "1.2 million votes", "ninety valid votes".
_VOTE_COUNT = re.compile(
    rf"""
    (?:(?P<scaled>\d{{1,3}}(?:\.\d{{1,3}})?){GAP}(?P<scale>million|thousand)|(?P<n>{COUNT_PATTERN}))
    {GAP}(?:valid{GAP})?votes\b
    """,
    _FLAGS,
)


def _with_vote_counts(text: str, items: list[Item]) -> list[Item]:
    """``items`` with each count of votes that they hold as no count made a count.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "Party A received 1.2 million votes and 52 seats."
    >>> [(item.kind, item.value) for item in _with_vote_counts(text, read_items(text))]
    [('count', 1200000), ('count', 52)]
    """
    found: list[Item] = []
    covered = -1
    for item in items:
        if item.start < covered:
            continue  # "million" of "1.2 million votes"
        if item.kind != "other" or (votes := _VOTE_COUNT.match(text, item.start)) is None:
            found.append(item)
            continue
        if votes["scale"]:
            value = round(float(votes["scaled"]) * scale_value(votes["scale"]))
            end = votes.end("scale")
        else:
            value, end = _count(votes["n"]), votes.end("n")
        if value is None:
            found.append(item)
            continue
        found.append(
            Item("count", item.start, end, value, head_end=votes.end(), scaled=bool(votes["scale"]))
        )
        covered = votes.end()
    return found


def _sentence_results(text: str, opening: int, figures: list[Item]) -> list[Tally]:
    """The tallies of the figures of the sentence opening at ``opening`` (see above)."""
    if len(figures) < 2:
        return []
    clauses = _result_clauses(text, opening, figures)
    if clauses is None or len(clauses) < 2:
        return []
    kinds = [tuple(item.kind for item in clause.figures) for clause in clauses]
    names = [clause.name for clause in clauses]
    if len(set(kinds)) != 1 or len(set(names)) != len(names):
        return []
    first = clauses[0].figures
    if len(first) == 1 and not _closed_list(text, clauses):
        return []  # one figure a clause: the structure shows only in a closed list
    if any(_RESULT_WORDS.search(text, item.start, item.head_end + 20) is None for item in first):
        shares_against = any(clause.end >= 0 for clause in clauses)
        if not shares_against or not _ELECTION_WORDS.search(text, opening, clauses[-1].end):
            return []
    tallies: list[Tally] = []
    for position in range(len(first)):
        column = [clause.figures[position] for clause in clauses]
        words = text[first[position].start : first[position].head_end + 20].lower()
        kind = "vote" if "vote" in words or "ballot" in words else "breakdown"
        if clauses[-1].end >= 0:
            kind = "vote"  # shares set against a candidate's: "against 42% for Ms. Ruiz"
        if column[0].kind == "percent":
            if sum(item.percent or 0 for item in column) > 100:
                return []
            parts = [
                Part(
                    name,
                    None,
                    item.start,
                    item.end,
                    percent=float(item.percent or 0),
                    decimals=item.decimals,
                )
                for name, item in zip(names, column, strict=True)
            ]
            tallies.append(Tally(kind, column[0].start, column[-1].end, parts, unit="percent"))
            continue
        parts = [
            Part(name, item.value, item.start, item.end)
            for name, item in zip(names, column, strict=True)
        ]
        if any(part.count is None for part in parts):
            return []
        tally = Tally(kind, column[0].start, column[-1].end, parts)
        wholes = {item.of_total for item in column if item.of_total is not None}
        if len(wholes) == 1 and (whole := wholes.pop()) >= sum(p.count or 0 for p in parts):
            tally.total = whole
        tallies.append(tally)
    return tallies


# The votes a candidate received in each of the two bodies that elect the judges of the
# Court, as one clause: "Ms. Ito, who had obtained 10 votes in the Security Council and
# 104 in the General Assembly, ..." (a body may be named by its last word, "in the
# Council").
_BODY = (
    rf"(?:(?-i:General){GAP}(?-i:Assembly)|(?-i:Security){GAP}(?-i:Council)|(?-i:Assembly|Council))"
)
_IN_BOTH_BODIES = (
    rf"(?P<n1>{COUNT_PATTERN})(?:{GAP}votes?)?{GAP}in{GAP}the{GAP}(?P<b1>{_BODY})"
    rf"\s{{0,3}},?{GAP}and{GAP}(?P<n2>{COUNT_PATTERN})(?:{GAP}votes?)?{GAP}in{GAP}the"
    rf"{GAP}(?P<b2>{_BODY})(?![\w-])"
)
_FIRST_IN_BODIES = re.compile(
    rf"""
    (?<![\w.’'-])(?P<name>{_NAME})(?:\s{{0,3}},{GAP}(?:who|which))?(?:{GAP}(?:had|has))?
    {GAP}{_RECEIVING}{GAP}(?=\S{{1,20}}{GAP}votes?\b){_IN_BOTH_BODIES}
    """,
    _FLAGS,
)
# A later candidate of such a ballot: "; her closest rival, Mr. Obi, had obtained 5 votes
# in the Council and 83 in the Assembly", ", while Mr. Obi received 5 and 83".
_NEXT_IN_BODIES = re.compile(
    rf"""
    (?:(?:his|her|its|their){GAP}(?:(?-i:[a-z])[\w-]{{1,20}}{GAP}){{0,2}}?{_ROLE_NOUN}
        \s{{0,3}},{GAP})?
    (?P<name>{_NAME})(?:\s{{0,3}},(?:{GAP}(?:who|which))?)?(?:{GAP}(?:had|has))?
    (?:{GAP}{_RECEIVING})?{GAP}{_IN_BOTH_BODIES}
    """,
    _FLAGS,
)
# How far after the first candidate the next may start (its election may stand between).
_BODIES_REACH = 250


def _body(name: str) -> str:
    """The body a name stands for: "Council" or "Assembly"."""
    return name.split()[-1].capitalize()


def _find_body_ballots(text: str) -> list[Tally]:
    """Find the votes of an election held in two bodies at once, one tally per body.

    The judges of the Court are elected by the General Assembly and the Security
    Council voting apart: "Ms. Ito, who had obtained 10 votes in the Security Council and
    104 in the General Assembly, was declared elected; her closest rival, Mr. Obi, had
    obtained 5 votes in the Council and 83 in the Assembly" is a ballot of the Council (10,
    5) and one of the Assembly (104, 83). Each later candidate names the same two bodies,
    in either order, and starts before the sentence ends, within a bounded reach; two
    candidates at least.

    >>> text = ("Judge Amadi obtained 9 votes in the Security Council and 120 in the General"
    ...         " Assembly, while Mr. Berg received 6 votes in the Council and 71 in the Assembly.")
    >>> [[(p.category, p.count) for p in t.parts] for t in _find_body_ballots(text)]
    [[('Judge Amadi', 9), ('Mr. Berg', 6)], [('Judge Amadi', 120), ('Mr. Berg', 71)]]
    """
    found: list[Tally] = []
    pos = 0
    starts: list[int] | None = None
    while (first := _FIRST_IN_BODIES.search(text, pos)) is not None:
        pos = first.end()
        bodies = (_body(first["b1"]), _body(first["b2"]))
        name = _candidate(first["name"])
        if bodies[0] == bodies[1] or name is None:
            continue
        rows = [(name, first, False)]
        if starts is None:
            starts = [*sentence_starts(text), len(text)]  # no break after "Mr."
        limit = min(pos + _BODIES_REACH, starts[bisect.bisect(starts, first.start())])
        while (later := _NEXT_IN_BODIES.search(text, pos, limit)) is not None:
            named = (_body(later["b1"]), _body(later["b2"]))
            later_name = _candidate(later["name"])
            if set(named) != set(bodies) or later_name is None:
                break
            if any(row[0] == later_name for row in rows):
                break
            rows.append((later_name, later, named != bodies))
            pos = later.end()
        if len(rows) < 2:
            continue
        for index in (0, 1):
            parts = []
            for row_name, match, swapped in rows:
                group = f"n{(index ^ swapped) + 1}"
                count = _count(match[group])
                if count is None:
                    break
                parts.append(Part(row_name, count, match.start(group), match.end(group)))
            if len(parts) == len(rows):
                found.append(Tally("vote", parts[0].start, parts[-1].end, parts))
    return found


# Two candidates' votes in successive rounds, as two lists paired in order: "Chile
# obtained 88, 91 and 93 votes in the three rounds, against 89, 86 and 84 for Peru",
# "Chile received 88 and 91 votes respectively, and Peru 89 and 86", and in a clause
# before the first candidate: "..., with 88, 91 and 93 votes respectively against 89, 86
# and 84 for Peru, Chile withdrew its candidature".
_COUNT_LIST = (
    rf"{COUNT_PATTERN}(?:\s{{0,3}},{GAP}{COUNT_PATTERN}){{0,8}}"
    rf"\s{{0,3}},?{GAP}and{GAP}{COUNT_PATTERN}"
)
_ROUNDS_AGAINST = rf"""
    (?:\s{{0,3}},?{GAP}respectively)?\s{{0,3}},?{GAP}
    (?:against|as{GAP}against|versus|compared{GAP}(?:with|to)){GAP}
    (?P<second>{_COUNT_LIST})(?:{GAP}votes)?(?:\s{{0,3}},?{GAP}respectively)?{GAP}for{GAP}
    (?P<other>{_NAME})
"""
_ROUNDS = re.compile(
    rf"""
    (?<![\w.’'-])(?P<name>{_NAME}){GAP}(?:(?:had|has){GAP})?{_RECEIVING}{GAP}
    (?P<first>{_COUNT_LIST}){GAP}votes
    (?:{GAP}(?:in|on|at|during|over){GAP}(?:the{GAP})?[^\d.;:()]{{1,60}}?)?  # "in the three rounds"
    (?:{_ROUNDS_AGAINST}
      | (?:\s{{0,3}},?{GAP}respectively)?\s{{0,3}},?{GAP}(?:and|while|whereas){GAP}
        (?P<other_named>{_NAME}){GAP}(?:{_RECEIVING}{GAP})?(?P<second_named>{_COUNT_LIST})
        (?![\w%]|[.,]\d))
    """,
    _FLAGS,
)
_ROUNDS_BEFORE_NAME = re.compile(
    rf"""
    (?<![\w-])with{GAP}(?P<first>{_COUNT_LIST}){GAP}votes{_ROUNDS_AGAINST}
    \s{{0,3}},{GAP}(?P<name>{_NAME})(?={GAP}(?-i:[a-z]))
    """,
    _FLAGS,
)
# What every match of both patterns above holds: the end of its first list of counts and
# "votes" ("... and 93 votes"). A cheap test first: they open on a look-behind and a
# name, tried at every character; this opens on "and" and fails at once on most.
_COUNT_LIST_END = re.compile(rf"and{GAP}{COUNT_PATTERN}{GAP}votes", _FLAGS)


def _find_round_ballots(text: str) -> list[Tally]:
    """Find two candidates' votes in successive rounds: one tally per round.

    >>> text = "Chile obtained 88, 91 and 93 votes, against 89, 86 and 84 for Peru."
    >>> [[(p.category, p.count) for p in t.parts] for t in _find_round_ballots(text)]
    [[('Chile', 88), ('Peru', 89)], [('Chile', 91), ('Peru', 86)], [('Chile', 93), ('Peru', 84)]]
    """
    found: list[Tally] = []
    if _COUNT_LIST_END.search(text) is None:
        return found  # most paragraphs with "and" and "votes"
    for match in itertools.chain(_ROUNDS.finditer(text), _ROUNDS_BEFORE_NAME.finditer(text)):
        names = [_candidate(match["name"]), _candidate(match["other"] or match["other_named"])]
        second = "second" if match["second"] else "second_named"
        lists = [_COUNT_SEPARATOR.split(match[group]) for group in ("first", second)]
        if None in names or names[0] == names[1] or len(lists[0]) != len(lists[1]):
            continue
        counts = [[_count(raw) for raw in listed] for listed in lists]
        if any(count is None for listed in counts for count in listed):
            continue
        spans = [(match.start(group), match.end(group)) for group in ("first", second)]
        for first, other in zip(*counts, strict=True):
            parts = [
                Part(names[0], first, *spans[0]),
                Part(names[1], other, *spans[1]),
            ]
            start, end = min(spans)[0], max(spans)[1]
            found.append(Tally("vote", start, end, parts))
    return found


# Between the ballots for no candidate and the candidates of the same ballot: "191 ballots
# were cast, of which 3 were invalid; Ms. Ito received 100 votes and Mr. Obi 88".
_BALLOTS_THEN_CANDIDATES = re.compile(r"\s{0,3}[;,:]\s{0,3}(?:(?:and|while|whereas)\s{1,3})?")
# The counted noun of such a whole, where it was read as a breakdown: "Of the 183 ballot
# papers, 2 were invalid; ...", "Out of 150 ballots, 3 were spoilt; ...".
_BALLOT_PAPERS = re.compile(r"(?:valid\s{1,3})?(?:ballots|ballot\s{1,3}papers)", re.IGNORECASE)


def join_ballots_for_none(text: str, tallies: list[Tally]) -> list[Tally]:
    """Join a whole of ballots with some of them for no candidate to the candidates after it.

    "Of the 190 ballots cast, 2 were invalid; Chile received 120 votes and Peru 68" is one
    ballot of total 190 (so is "Of the 190 ballot papers, 2 were invalid; ..."): the first
    tally holds only the ballots for none ("invalid", "blank") and the whole, the next
    only candidates and no whole, only a semicolon, comma or colon stands between, and
    together they add up to the whole exactly.
    ``tallies`` are in text order without overlaps; a joined tally replaces the two.

    >>> first = Tally("vote", 0, 39, [Part("invalid", 2, 20, 39)], total=190)
    >>> second = Tally("vote", 41, 77, [Part("Chile", 120, 41, 60), Part("Peru", 68, 70, 77)])
    >>> text = "Of the 190 ballots cast, 2 were invalid; Chile received 120 votes and Peru 68."
    >>> [(t.total, [(p.category, p.count) for p in t.parts])
    ...  for t in join_ballots_for_none(text, [first, second])]
    [(190, [('Chile', 120), ('Peru', 68), ('invalid ballots', 2)])]
    """
    joined: list[Tally] = []
    for tally in tallies:
        previous = joined[-1] if joined else None
        if previous is not None and _ballots_before_candidates(text, previous, tally):
            none = previous.parts[0]
            kind = none.category.lower() if none.category else ""
            none.category = BALLOT_CATEGORY.get(kind, none.category)
            none.counted = None
            tally.parts.append(none)
            tally.total = previous.total
            tally.start = previous.start
            joined[-1] = tally
            continue
        joined.append(tally)
    return joined


def _ballots_before_candidates(text: str, first: Tally, second: Tally) -> bool:
    """Whether ``first`` is the whole and ballots for none of the candidates of ``second``."""
    if second.kind != "vote" or first.total is None or second.total:
        return False
    if len(first.parts) != 1 or len(second.parts) < 2:
        return False
    none = first.parts[0]
    # a whole of ballots that no word of voting made a vote: "Of the 183 ballot papers, 2
    # were invalid; ..." (a breakdown of ballot papers)
    if first.kind != "vote" and (
        first.kind != "breakdown" or _BALLOT_PAPERS.fullmatch(none.counted or "") is None
    ):
        return False
    if (none.category or "").lower() not in BALLOT_CATEGORY or none.count is None:
        return False
    if any(part.count is None or role_of(part.category) != "other" for part in second.parts):
        return False
    if _BALLOTS_THEN_CANDIDATES.fullmatch(text, first.end, second.start) is None:
        return False
    return none.count + sum(part.count or 0 for part in second.parts) == first.total


# A choice between candidates stated as a vote on the first: "the Board nominated Ms.
# Okafor by 30 votes to 28 for Mr. Lindqvist". The verb of choosing and the first name
# stand before "by" (an office "as" it may follow the name, a comma end it); the second
# name after "for" right after the second count, or before "by" after "over" ("chose Ms.
# Okafor over Mr. Lindqvist by 30 votes to 28"). More candidates may follow as "and N for
# NAME".
_CHOOSING_VERB = (
    r"(?:re-?)?(?:elected|nominated|appointed|selected|designated|recommended|chose|chosen"
    r"|preferred)"
)
_CHOSEN_BEFORE = re.compile(
    rf"""(?:\b{_CHOOSING_VERB}{GAP}(?P<name>{_NAME})
      # in the passive: "Mr. Roy was narrowly elected over Ms. Lund in the third round, by"
      | (?<![\w.’'-])(?P<subject>{_NAME}){GAP}(?:was|has{GAP}been|had{GAP}been)
        (?:{GAP}(?-i:[a-z]){{2,15}}ly)?{GAP}{_CHOOSING_VERB}(?={GAP}over\b))
    (?:{GAP}over{GAP}(?P<over>{_NAME})(?:{GAP}(?:in|on|at|during){GAP}[^\d.;:()]{{1,60}}?)?
      # "as its President", "as President of its eightieth session", or an office with no
      # "as": "President of the session" (no "and": "elected Ms. Vos President and then
      # adopted the draft by 150 votes to 3" is a vote on the draft)
      | {GAP}(?:as{GAP}(?:(?:its|the|their){GAP})?|(?=(?-i:[A-Z])))
        [\w’'-]{{1,30}}(?:{GAP}(?!and\b)[\w’'-]{{1,30}}){{0,7}})?
    \s{{0,3}},?{GAP}$""",
    _FLAGS,
)


def _name_vote_options(text: str, vote: Tally) -> int | None:
    """Give a vote's two sides the options it chose between, written in lower case.

    "The electorate chose independence by 8,411 votes against 2,093 for continued
    association": "in favour" becomes the option chosen before "by", "against" the
    option after "for". Returns where the second option ends, or None.

    >>> text = "The voters chose integration by 52 votes to 31 for independence."
    >>> vote = Tally("vote", 29, 46, [Part("in favour", 52, 32, 34), Part("against", 31, 44, 46)])
    >>> _name_vote_options(text, vote), [(p.category, p.count) for p in vote.parts]
    (63, [('integration', 52), ('independence', 31)])
    """
    against = vote.parts[1]
    if against.end != vote.end:
        return None
    chosen = _OPTION_CHOSEN_BEFORE.search(text, max(0, vote.start - _CHOSEN_REACH), vote.start)
    other = _FOR_OTHER_OPTION.match(text, vote.end) if chosen is not None else None
    if other is None:
        return None
    first, second = " ".join(chosen["option"].split()), " ".join(other["name"].split())
    if first == second:
        return None
    vote.parts[0].category, against.category = first, second
    return other.end()


# The other candidate after the whole vote: "chose Ms. Bello by a vote of 101 to 86, with 3
# abstentions, over Mr. Asante".
_OVER_AFTER = re.compile(rf"\s{{0,3}},?{GAP}over{GAP}(?P<name>{_NAME})(?![\w’'-])", _FLAGS)
_FOR_OTHER_CANDIDATE = re.compile(rf"{GAP}for{GAP}(?P<name>{_NAME})(?![\w’'-])", _FLAGS)
_FOR_MORE_CANDIDATES = re.compile(
    rf"""\s{{0,3}},?{GAP}(?:and{GAP})?(?P<n>{COUNT_PATTERN}){GAP}(?:votes?{GAP})?
    for{GAP}(?P<name>{_NAME})(?![\w’'-])""",
    _FLAGS,
)
# An option chosen, in lower case, before a vote whose side against is another option:
# "The electorate chose independence by 8,411 votes against 2,093 for continued
# association". Not a text voted for ("voted for the draft"): those are sides.
_OPTION_CHOSEN_BEFORE = re.compile(
    rf"""\b(?:chose|opted{GAP}for|preferred){GAP}
    (?!(?:it|them|this|that|the{GAP}(?:draft|text|resolution|proposal|amendment|motion))\b)
    (?P<option>(?-i:[a-z])[^\W\d_][\w’'-]{{0,29}}(?:{GAP}[^\W\d_][\w’'-]{{0,29}}){{0,5}}?)
    \s{{0,3}},?{GAP}$""",
    _FLAGS,
)
_FOR_OTHER_OPTION = re.compile(rf"{GAP}for{GAP}{_OPTION}", _FLAGS)
# How far before a vote its verb of choosing and the first name may start.
_CHOSEN_REACH = 200


# The passive election of a named candidate right before the votes it was elected by:
# "Mr. Haas was elected in one round of secret balloting by the absolute majority of 117
# votes", "Ms. Ito has been re-elected Chair by 120 votes".
_ELECTED_BY_BEFORE = re.compile(
    rf"""(?<![\w.’'-])(?P<subject>{_NAME}){GAP}(?:was|has{GAP}been|had{GAP}been)
    (?:{GAP}(?-i:[a-z]){{2,15}}ly)?{GAP}(?:re-?)?elected(?:{GAP}[^\d.;:()]{{1,100}}?)?{GAP}by
    (?:{GAP}(?:the|an?){GAP}(?:(?-i:[a-z]){{3,15}}{GAP}){{0,2}}majority{GAP}of)?\s{{0,3}}$""",
    _FLAGS,
)


def name_elected_alone(text: str, vote: Tally) -> bool:
    """Give the votes a lone candidate was elected by its name.

    "Mr. Haas was elected by the absolute majority of 117 votes, with seven abstentions"
    counts the ballots of one candidate, as "Ms. Ruiz received 167 votes, with 14
    abstentions" does: "in favour" becomes the candidate's name where the vote has no side
    against and the candidate's passive election stands right before its votes (from
    "by" on, where ``vote`` starts). ``vote`` is changed in place; returns whether it was.

    >>> text = "Mr. Haas was elected by 117 votes, with 7 abstentions."
    >>> sides = [Part("in favour", 117, 24, 33), Part("abstentions", 7, 40, 53)]
    >>> vote = Tally("vote", 21, 53, sides)
    >>> name_elected_alone(text, vote), [p.category for p in vote.parts]
    (True, ['Mr. Haas', 'abstentions'])
    """
    sides = [part.category for part in vote.parts]
    if vote.kind != "vote" or not sides or sides[0] != "in favour" or "against" in sides:
        return False
    at = vote.start
    if text.startswith("by", at):
        at += 2
    elected = _ELECTED_BY_BEFORE.search(text, max(0, at - _CHOSEN_REACH), at)
    if elected is None or (name := _candidate(elected["subject"])) is None:
        return False
    vote.parts[0].category = name
    return True


def name_vote_candidates(text: str, vote: Tally) -> int | None:
    """Give a vote's sides the names of the candidates it chose between.

    "elected Ms. Okafor by 30 votes to 28 for Mr. Lindqvist" is a ballot of candidates, no
    vote on a text: "in favour" becomes the name chosen before "by", "against" the name
    after "for" (or after "over" before "by"), and "and 3 for Ms. Reyes" after it adds a
    candidate. ``vote`` is changed in place (its other parts, such as abstentions, stay);
    returns where its last candidate ends, or None where the form is not there.

    >>> text = "The Board elected Ms. Okafor by 30 votes to 28 for Mr. Lindqvist."
    >>> vote = Tally("vote", 29, 46, [Part("in favour", 30, 32, 34), Part("against", 28, 44, 46)])
    >>> name_vote_candidates(text, vote), [(p.category, p.count) for p in vote.parts]
    (64, [('Ms. Okafor', 30), ('Mr. Lindqvist', 28)])
    """
    sides = [part.category for part in vote.parts[:2]]
    if vote.kind != "vote" or sides != ["in favour", "against"]:
        return None
    against = vote.parts[1]
    if against.members:
        return None
    chosen = _CHOSEN_BEFORE.search(text, max(0, vote.start - _CHOSEN_REACH), vote.start)
    if chosen is None or (first := _candidate(chosen["name"] or chosen["subject"])) is None:
        return _name_vote_options(text, vote)
    end = vote.end
    if chosen["over"] is not None:
        second = _candidate(chosen["over"])
    elif (over := _OVER_AFTER.match(text, vote.end)) is not None:  # "..., over Mr. Asante"
        second, end = _candidate(over["name"]), over.end()
    elif against.end == vote.end and (other := _FOR_OTHER_CANDIDATE.match(text, vote.end)):
        second, end = _candidate(other["name"]), other.end()
    else:
        return None
    if second is None or second == first:
        return None
    more = []
    while chosen["over"] is None and (match := _FOR_MORE_CANDIDATES.match(text, end)):
        part = _part(match, "name", "n", match.end())
        if part is None:
            break
        more.append(part)
        end = match.end()
    vote.parts[0].category, against.category = first, second
    vote.parts[2:2] = more
    return end
