"""Outcomes stated without counts, the manner in any position of the clause that acts.

A vote with no counts ("adopted without a vote", "by consensus", "unanimously", "by
acclamation") is a tally with no parts and an outcome. The manner is a closed class of
phrases; where it stands in the sentence is free. :func:`find_outcome_statements
<surveystats.extract.tally_votes.find_outcome_statements>` reads it after the verb and its
object and as an adverb right after a body's name; this module reads the other places a
reader of official English meets it, each checked against the verb of an act on a text or
on a person (adopt, approve, pass, endorse, extend, renew, authorize, agree; elect,
appoint) in the same clause:

- the manner that opens the sentence before a main clause whose verb is the act ("Also
  without a vote, the Assembly adopted the Fourth Committee's omnibus draft");
- the manner as an adverb before a finite verb, past an auxiliary or after a body and an
  aside, a time, a date or a phrase joined by "and" ("The Security Council has
  unanimously agreed to renew ...", "The Security Council on 12 December 1985 unanimously
  extended ...", "was unanimously elected to a second term", "The 15-nation Council, under
  the Presidency of X, unanimously adopted ...", "The General Assembly at the
  recommendation of the Security Council and without a vote appointed ...");
- the manner as an adjective in a phrase that opens the sentence, before a main clause
  whose subject is followed by its verb ("In a unanimous vote this afternoon, the Security
  Council extended ...", "In its first unanimous action on the war, the Council on Friday
  adopted ...", "By a unanimously adopted resolution on Haiti, the Council also
  extended ...", "By its unanimous adoption of resolution 1648 (2005), the Council called
  on ...");
- the manner in a participle of adopting, its object counted or described ("Unanimously
  adopting two separate resolutions this evening, the Council ...", "Adopting a consensus
  resolution put forward by its President, the Assembly acted ...", "in adopting
  resolution 604 (1987) unanimously, the Council also asked ...", "by adopting, without a
  vote, a resolution on ..."), and "voting unanimously to ..." after a main clause;
- a count of texts with its manner, after a verb of adopting (a headline's "Sixth
  Committee Approves 16 Draft Texts without Vote", "Approving 15 Draft Resolutions without
  Vote") or in the partitive of a press release ("according to one of seven draft
  resolutions approved without a vote today");
- the passive with its agent between the verb and the manner ("was adopted by the
  Committee without a vote on 23 December");
- as speeches report their own bodies' acts: "we" as the body ("We unanimously adopted a
  new Constitution"; acts on texts only), "having" as an auxiliary ("for having
  unanimously adopted resolution 1376 (2001)"), an aside between the manner and its verb
  ("the National Congress unanimously, and with the favourable vote of ..., approved"),
  the manner between an active verb and its object after a body, "we" or the States that
  meet as one ("the 187 States parties to the NPT adopted by consensus a road map"), and
  the act as what the body was able to do in the past ("the Conference was able to adopt,
  by consensus, a Programme of Action", "negotiations which enabled us to adopt the
  resolution [3362 (S-VII)] unanimously");
- the adoption named by its noun, or the text by its adjective, with the manner, where the
  text is a resolution named by its number ("the unanimous adoption of Security Council
  resolution 1502 (2003)", "the adoption by consensus of resolution 60/1", "the Council's
  unanimous and momentous resolution 1373 (2001)"); a wish ("we look forward to the
  unanimous adoption of ...") and a text with no number ("the consensus adoption of the
  draft") stay none;
- an election or appointment of one person with no ballot, declared or voted on
  ("declared Ms. X re-elected by acclamation", "voted for Mr. X by acclamation"): the
  README decides that a body's act on a person by acclamation or unanimously is a vote
  with no parts, as "The Council elected Ghana by acclamation" was read already; a
  speaker's words on it ("your unanimous election", "His election by acclamation today is
  a reflection of ...") name no act of the body's in a clause and stay none.

What stays none: the manner of other things ("without a vote of confidence"), thresholds
and hopes ("must be approved unanimously", "needs a unanimous vote", "could be adopted by
consensus", "we hope to be able to adopt it by consensus"), a reduced relative ("the plan
adopted by consensus the previous year": no object after the manner), what a text is
described as ("which was adopted unanimously", "the text, which the Council unanimously
adopted"), a body's habit ("its tradition of approving texts without a vote"), the opinion
of a speaker ("unanimous support for", "we unanimously agree that ..."), an address ("you
were unanimously elected", "we unanimously elected him"), and a count of texts with no
manner ("one of five texts approved this afternoon"). Every pattern is bounded and runs
only where a literal of its manner is in the paragraph: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import COUNT_PATTERN, GAP, SpanIndex, Tally, holds_any
from surveystats.text.dates import MONTH_NAMES
from surveystats.text.sentences import sentence_starts

__all__ = ["find_manner_outcomes"]

# The manner, as an adverb or a prepositional phrase, in any case a headline writes it.
_MANNER = r"""(?i:unanimously|without\s{1,3}(?:a\s{1,3})?vot(?:e|ing)(?!\s{1,3}of\b)
    |by\s{1,3}consensus|by\s{1,3}acclamation)"""
# The verbs of a body's act on a text or a person, in the past.
_ACT_ON_TEXT = r"adopted|approved|passed|endorsed|agreed|extended|renewed|authori[sz]ed"
_ACT_ON_PERSON = r"elected|re-?elected|appointed|re-?appointed"
# A body that acts, its name's last word: "the General Assembly", "the 15-nation UN
# Security Council", "the assembly", "Council members".
_BODY = (
    r"(?:[Aa]ssembly|[Cc]ouncil|[Cc]ommittee|[Cc]ommission|[Cc]onference|[Bb]oard|[Pp]arliament"
    r"|[Ss]enate|[Cc]ongress|members|delegates)"
)
_MONTH = f"(?:{'|'.join(month.capitalize() for month in MONTH_NAMES)})"
# What may stand between the body and the manner: an aside in commas ("the Council, under
# the current Presidency of the United States, unanimously adopted"), a time ("on Friday",
# "last week", "today"), or a phrase joined to the manner by "and" ("at the recommendation
# of the Security Council and without a vote appointed").
_BETWEEN_BODY_AND_MANNER = rf"""(?:
    \s{{0,3}},[^,.;:()]{{1,100}},
  | {GAP}(?:today|yesterday|formally|also|then|on{GAP}[A-Z][a-z]{{2,8}}day
      |last{GAP}(?:week|month|year)|this{GAP}(?:morning|afternoon|evening|week)
      # a date: "on 12 December 1985", "on March 30, 2020"
      |on{GAP}(?:\d{{1,2}}{GAP}{_MONTH}(?:{GAP}\d{{4}})?|{_MONTH}{GAP}\d{{1,2}}(?:,{GAP}\d{{4}})?))
  | {GAP}(?:at|on|upon|following|after){GAP}[^,.;:()]{{1,80}}?{GAP}and
)?"""
_MANNER_BEFORE_VERB = re.compile(
    rf"""
    (?:
        # after an auxiliary: "has unanimously agreed", "was unanimously elected", "for
        # having unanimously adopted"; never in a relative ("which was unanimously
        # adopted" describes)
        (?<!which\s)(?<!that\s)(?<!who\s)\b(?P<aux>has|have|had|having|was|were)
        (?:{GAP}(?:also|then|formally|subsequently))?
      | \b{_BODY}{_BETWEEN_BODY_AND_MANNER}
      # the speaker's own body, acting on a text: "We unanimously adopted a new
      # Constitution" ("we unanimously agree that ..." is an opinion, below; what "we"
      # did to a person is an address: "we unanimously elected you")
      | \b(?P<we>[Ww]e){_BETWEEN_BODY_AND_MANNER}
    )
    {GAP}(?P<how>{_MANNER})
    # an aside between the manner and its verb: "the National Congress unanimously, and
    # with the favourable vote of the candidate himself, approved ..."
    (?:\s{{0,3}},[^,.;:()]{{1,100}},)?{GAP}
    (?P<verb>(?(we)(?:adopted|approved|passed)|(?:{_ACT_ON_TEXT}|{_ACT_ON_PERSON})))\b
    (?!{GAP}(?:that|with)\b)  # "members unanimously agreed that ...": an opinion
    """,
    re.VERBOSE,
)
# The manner opens the sentence, set off by a comma before the main clause's subject and
# its verb of the act: "Also without a vote, the Assembly adopted the Fourth Committee's
# omnibus draft", "By consensus, the Committee then approved ...". "Unanimously, the
# members agreed that ..." is an opinion.
_MANNER_OPENS = re.compile(
    rf"""
    (?:^|(?<=[.;!?]\s)|(?<=[.;!?]\s\s)|(?<=\n))
    (?:(?:Also|Then|Again|Likewise|Similarly|Further|Thereafter|Subsequently|Finally|Next)
      {GAP})?
    (?P<how>{_MANNER})(?:{GAP}(?:today|this{GAP}(?:morning|afternoon|evening)))?\s{{0,3}},
    {GAP}(?:the{GAP})?(?:[A-Za-z][\w’'.-]{{0,30}}{GAP}){{0,4}}?
    (?:(?:also|then|first|further|today){GAP})?
    (?P<verb>{_ACT_ON_TEXT}|{_ACT_ON_PERSON})\b
    (?!{GAP}(?:that|with)\b)
    """,
    re.VERBOSE,
)
# A word that opens a main clause's subject, and its verb after up to seven words: ", the
# United Nations Security Council on Friday adopted", ", the Council also extended".
_MAIN_CLAUSE = rf"""\s{{0,3}},{GAP}(?:the{GAP})?(?:[A-Za-z][\w’'.-]{{0,30}}{GAP}){{0,7}}?
    (?P<main>[a-z]{{3,20}}ed|took|made|gave|set|upheld|held)\b"""
# The manner as an adjective in a phrase that opens the sentence, on the vote, the act or
# the text ("In a unanimous vote this afternoon, ...", "By a unanimously adopted resolution
# on Haiti, ...", "With a consensus decision, ..."); "a unanimous vote of confidence" is
# no vote on a text.
_OPENING_PHRASE = re.compile(
    rf"""
    \b(?:[Ii]n|[Bb]y|[Ww]ith|[Tt]hrough){GAP}(?:a|an|its|their|the|one){GAP}
    (?:[a-z][\w-]{{1,15}}{GAP}){{0,2}}?             # "its first", "a rare"
    (?P<how>unanimous|consensus|unanimously{GAP}(?:adopted|approved|passed))
    {GAP}(?:vote|decision|action|resolution|text|(?:presidential{GAP})?statement
      # the act named by its noun: "By its unanimous adoption of resolution 1648 (2005),
      # the Council called on ..."
      |(?:adoption|approval|renewal|extension){GAP}of)
    (?!{GAP}of{GAP}(?:no{GAP})?confidence)
    # what the text is, a document's symbol with its dots too: "(document A/64/L.72)"
    (?:[^.;:!?]|\.(?=\w)){{0,160}}?{_MAIN_CLAUSE}
    """,
    re.VERBOSE,
)
# A participle of adopting with its manner, before its counted or described text:
# "Unanimously adopting two separate resolutions this evening", "Adopting a consensus
# resolution put forward by its President", "Approving 15 Draft Resolutions without Vote".
# It opens the sentence or follows a comma or a colon ("called for unanimously adopting"
# is a wish).
_TEXTS = (
    rf"(?:[Dd]raft{GAP})?"
    rf"(?i:resolutions?|decisions?|texts?|drafts|(?:presidential{GAP})?statements?)"
)
# A count of texts, up to two words that describe them between ("16 draft texts", "two
# separate resolutions"); "20 of the texts" is a part of some texts, and "10 other
# drafts by consensus" the rest of a whole counted before (a split of the ways of
# adoption, `tally_vote_modes`): neither is the count of all the texts acted on.
_COUNTED_TEXTS = rf"""(?:{COUNT_PATTERN}){GAP}
    (?:(?!(?i:of|the|its|their|and|or|by|in|on|with|other|more|further|additional
      |remaining)\b)(?i:[a-z][\w-]{{1,15}}){GAP}){{0,2}}?{_TEXTS}"""
_PARTICIPLE = re.compile(
    rf"""
    (?:^|(?<=[,.;:]\s)|(?<=[,.;:]\s\s)|(?<=\n)|(?<=[—–]\s))(?:[Bb]y{GAP})?
    (?:
        (?P<how_first>[Uu]nanimously){GAP}(?P<verb_after>adopting|approving|passing){GAP}
        (?:{_COUNTED_TEXTS}|(?:both|all|two){GAP}(?:[a-z][\w-]{{1,15}}{GAP}){{0,2}}?{_TEXTS})
      | (?P<verb>[Aa]dopting|[Aa]pproving|[Pp]assing){GAP}
        (?:(?:a|an){GAP}(?P<how_adjective>unanimous|consensus){GAP}{_TEXTS}
          | {_COUNTED_TEXTS}{GAP}(?P<how>{_MANNER}))
    )\b
    # the manner set off by commas between the participle and its text, after a
    # preposition of time or means or opening the sentence: "by adopting, without a vote,
    # a resolution on reproductive rights", "By adopting, as orally amended and without a
    # vote, a resolution on ...", "Adopting, by consensus, the draft decision, ..."
    | (?:(?<=\b[Bb]y\s)|(?<=\b[Aa]fter\s)|(?<=\b[Uu]pon\s)|(?<=\b[Ii]n\s)
        |^|(?<=[.;:]\s)|(?<=[.;:]\s\s)|(?<=\n))
      (?P<verb_lead>[Aa]dopting|[Aa]pproving|[Pp]assing)\s{{0,3}},
      (?:{GAP}as{GAP}(?:orally{GAP})?(?:amended|revised|corrected){GAP}and)?
      {GAP}(?P<how_lead>{_MANNER})\s{{0,3}},
      {GAP}(?:(?:a|an|the|its|this|that|both|all|two|three){GAP})?
      (?:[a-z][\w-]{{1,15}}{GAP}){{0,2}}?{_TEXTS}\b
    # after a preposition of time or means, the text named, its manner after it: "The
    # Assembly made the appointment after adopting a resolution by acclamation"
    | (?:(?<=\bafter\s)|(?<=\bby\s)|(?<=\bupon\s)|(?<=\bin\s))
      (?P<verb_of>adopting|approving|passing){GAP}
      (?:(?:a|an|the|its|this|that){GAP}(?:[a-z][\w-]{{1,15}}{GAP}){{0,2}}?{_TEXTS}
        # a text named by its number: "in adopting resolution 604 (1987) unanimously"
        |{_TEXTS}{GAP}[\dA-Z][\w/.-]{{0,20}}(?:{GAP}\([\dA-Z]{{1,6}}\))?)
      {GAP}(?P<how_of>{_MANNER})\b
    """,
    re.VERBOSE,
)
# A count of texts and its manner after a verb of adopting, as a headline writes it
# ("Sixth Committee Approves 16 Draft Texts without Vote", "Assembly adopts 24 texts by
# consensus"), and one of them in a press release's partitive ("according to one of seven
# draft resolutions approved without a vote today"). Texts counted by kind are a list of
# their own ("Adopts 24 Resolutions and 2 Decisions Without Vote").
_COUNTED_WITH_MANNER = re.compile(
    rf"""
    (?:\b(?P<verb>(?i:adopts|approves|passes|adopted|approved|passed))
      |\b(?P<one>[Oo]ne{GAP}of)
    )
    {GAP}{_COUNTED_TEXTS}
    (?(one){GAP}(?:approved|adopted|passed))
    {GAP}(?P<how>{_MANNER})\b
    """,
    re.VERBOSE,
)
# A body's vote or declaration on one person or text, its manner after them: "had last
# week voted for Guterres by acclamation", "declared Guterres re-elected by acclamation",
# "declared the draft resolution adopted without a vote".
_ON_ONE = re.compile(
    rf"""
    (?<!which\s)(?<!that\s)(?<!who\s)
    \b(?:(?P<voted>voted){GAP}(?:for|in{GAP}favou?r{GAP}of)
      |(?P<declared>declared))
    {GAP}(?:(?:the{GAP})?(?:draft{GAP})?(?:resolution|decision|text|amendment|candidate)
        (?:{GAP}[A-Z0-9][\w/.()-]{{0,20}})?
      |(?:(?:Mr|Ms|Mrs|Dr)\.{GAP})?[A-Z][\w’'-]{{1,25}}(?:{GAP}[A-Z][\w’'-]{{1,25}}){{0,3}})
    (?(declared){GAP}(?P<participle>{_ACT_ON_PERSON}|adopted|approved))
    {GAP}(?P<how>{_MANNER})\b
    """,
    re.VERBOSE,
)
# Who acts as one on a text where a speech reports it: a body, "we", or the States that
# meet as one ("the 187 States parties to the NPT", "the Parties", "Member States").
_AGENT = rf"""(?:{_BODY}|\b[Ww]e|\bStates(?:{GAP}[Pp]arties)?|\b[Pp]arties|\bGovernments
    |\bleaders)"""
# What follows a finite verb of adopting and its manner, where the verb is active: its
# object ("adopted by consensus a road map", "adopted, by consensus, a Programme of
# Action"). A time after a reduced relative ("the text adopted by consensus the previous
# day") names no object; "at", "in" or "by" after the manner begin a phrase, no object.
_OBJECT_NEXT = rf"""(?=(?:a|an|the|its|their|our|this|these|resolution|decision|draft
    |[A-Z][\w’'-]{{1,30}})\b)(?!(?:the|this|that|a|an){GAP}(?:(?:previous|following|next|same
    |last|first){GAP})?(?:day|days|week|weeks|month|months|year|years|session|time)\b)"""
# The manner between a finite verb of adopting and its object, the clause's subject a body
# or "we" with no relative pronoun, no verb ending in -ed and no punctuation between: "the
# 187 States parties to the Non-Proliferation Treaty (NPT) adopted by consensus a road
# map", "Last year the Conference adopted, without a vote, a plan of action".
_AGENT_VERB_MANNER = re.compile(
    rf"""
    {_AGENT}
    (?:(?!\b(?:which|that|who|whom|whose|and|but|or)\b)(?:[^.,;:!?()]|\([^()]{{1,40}}\))){{0,80}}?
    (?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?P<verb>adopted|approved|passed|endorsed)
    (?:\s{{0,3}},{GAP}(?P<how_commas>{_MANNER})\s{{0,3}},|{GAP}(?P<how>{_MANNER}))
    {GAP}{_OBJECT_NEXT}
    """,
    re.VERBOSE,
)
# An act reported as what the body was able to do, in the past: "the Conference was able
# to adopt, by consensus, a Programme of Action", "negotiations which enabled us to adopt
# the resolution [3362 (S-VII)] unanimously", "we succeeded in adopting by consensus the
# final document", "the Council managed to adopt unanimously a statement". The manner
# stands before the object or right after it; "we hope to be able to adopt it by
# consensus" is a hope (no past form).
_ABLE_TO_ADOPT = re.compile(
    rf"""
    \b(?:(?:was|were){GAP}able{GAP}to|managed{GAP}to|succeeded{GAP}in
      |(?:enabled|allowed|helped){GAP}(?:us|it|them|the{GAP}[A-Z][\w-]{{1,25}}(?:{GAP}[A-Z][\w-]{{1,25}})?){GAP}to)
    {GAP}(?P<verb>adopt|approve|pass|endorse|adopting|approving|passing|endorsing)\b
    (?:\s{{0,3}},?{GAP}(?P<how>{_MANNER})
      # the object, with a number in brackets or parentheses, then the manner
      | {GAP}(?:the|a|an|its|this|that|resolution|decision){GAP}
        (?:[^.,;:!?()\[\]]|\[[^\[\]]{{1,40}}\]|\([^()]{{1,40}}\)){{1,100}}?
        \s{{0,3}},?{GAP}(?P<how_after>{_MANNER})(?!{GAP}(?:of|on|in|among)\b))
    """,
    re.VERBOSE,
)
# A passive with its agent, the body, between the verb and the manner: "Draft decision
# A/C.5/79/L.9 ... was adopted by the Committee without a vote on 23 December", "were
# approved by the General Assembly by consensus" ("adopted by 12 votes" names no body).
_PASSIVE_WITH_AGENT = re.compile(
    rf"""
    (?<!which\s)(?<!that\s)\b(?P<aux>was|were|been)(?:{GAP}(?:then|also|subsequently))?{GAP}
    (?P<verb>{_ACT_ON_TEXT}|{_ACT_ON_PERSON}){GAP}by{GAP}(?:the{GAP})?
    (?:[A-Z][\w’'-]{{1,25}}{GAP}){{0,5}}?{_BODY}
    (?:\s{{0,3}}\([^()]{{1,60}}\))?                  # "the Third Committee (Social, ...)"
    \s{{0,3}},?{GAP}(?P<how>{_MANNER})\b
    """,
    re.VERBOSE,
)
# A participle that votes as one after the main clause: "The Council authorized an
# expanded mission, voting unanimously to strengthen support for ...".
_VOTING_AS_ONE = re.compile(
    rf"(?<=,\s)(?P<verb>voting){GAP}(?P<how>unanimously){GAP}(?:to|for|in{GAP}favou?r)\b"
)

# The act named by its noun, or the text by its adjective, with the manner, where the text
# is one resolution named by its number: "We welcome the unanimous adoption of Security
# Council resolution 1502 (2003)", "the adoption by consensus of resolution 60/1", "the
# Security Council's unanimous and momentous resolution 1373 (2001)". The number makes it
# a text already voted on; "the unanimous adoption of the draft" may be a hope.
_RESOLUTION_NUMBER = (
    rf"(?:the{GAP})?(?:(?:Security{GAP}Council|General{GAP}Assembly){GAP})?"
    rf"[Rr]esolutions?{GAP}(?:\d{{1,4}}\s{{0,3}}\(\d{{4}}\)|\d{{1,3}}/\d{{1,4}}(?![\d/]))"
)
_NAMED_ADOPTION = re.compile(
    rf"""
    \b(?P<how_adjective>unanimous|consensus){GAP}
    (?:(?P<verb>adoption|approval){GAP}of{GAP}|(?:and{GAP}[a-z]{{3,15}}{GAP})?)
    {_RESOLUTION_NUMBER}
    | \b(?P<verb_of>adoption|approval)(?:{GAP}|\s{{0,3}},{GAP})
      (?P<how>unanimously|without{GAP}(?:a{GAP})?vote|by{GAP}consensus)\s{{0,3}},?{GAP}
      of{GAP}{_RESOLUTION_NUMBER}
    """,
    re.VERBOSE,
)
_NAMED_ADOPTION_STEMS = ("adoption", "approval", "nanimous", "onsensus")
# Words before the named adoption that make it a wish, not a report: "we look forward to
# the unanimous adoption of resolution ...", "called for the consensus adoption of ...".
_WISHED_BEFORE = re.compile(
    r"\b(?:hope[sd]?|hoping|forward\s{1,3}to|calls?|called|urged?|awaits?|awaited|seeks?"
    r"|toward|towards)\s{1,3}(?:for\s{1,3})?(?:the\s{1,3})?$",
    re.IGNORECASE,
)

# A split of the texts that goes on after the manner: "adopted 20 texts without a vote
# and 4 by recorded vote", "approved 9 drafts by consensus and put two to a recorded vote",
# "adopted 31 texts without a vote and held recorded votes on four others"
# are lists of the ways of adoption, no outcome alone.
_SPLIT_GOES_ON = re.compile(
    rf"\s{{0,3}}[,;]?{GAP}(?:and|while|whereas|with|but){GAP}(?:[a-z]{{2,15}}{GAP}){{0,4}}?"
    rf"(?:{COUNT_PATTERN})(?![\w-])",
    re.VERBOSE,
)
# A manner as any pattern writes it, adverb or adjective, and how far a match may reach
# before it (a body, an aside and a phrase joined by "and") and after it (an opening
# phrase's rest and its main clause's subject and verb).
_MANNER_SPOT = re.compile(r"(?i:unanimous|consensus|acclamation|without\s{1,3}(?:a\s{1,3})?vot)")
# What every match of _MANNER is (its lookahead left out): a pattern that holds _MANNER
# finds nothing in a paragraph without one ("unanimous support", "consensus-building").
_MANNER_PHRASE = re.compile(
    r"(?i:unanimously|without\s{1,3}(?:a\s{1,3})?vot(?:e|ing)|by\s{1,3}(?:consensus|acclamation))"
)
_BEFORE_MANNER = 300
_AFTER_MANNER = 450
# Literals every pattern needs one of; "without" is common, and counts only beside a vote.
_MANNER_STEMS = ("nanimous", "onsensus", "ONSENSUS", "cclamation")
_WITHOUT_STEMS = ("ithout", "ITHOUT")
_VOTE_STEMS = ("vot", "Vot", "VOT")
# Before the match, a hope, a threshold or a hypothesis: "must be approved unanimously",
# "if it is unanimously adopted".
_NOT_AN_OUTCOME_BEFORE = re.compile(
    r"\b(?:(?:could|would|should|will|shall|may|might|can|must|cannot)"
    r"(?:\s{1,3}(?:not|have|be|been|also))*|to\s{1,3}be|if|unless|whether|once|until)"
    r"\s{1,3}(?:\w+\s{1,3})?$",
    re.IGNORECASE,
)
# A relative clause describes its noun, it reports no act: "Mr. Annan, whom the Member
# States have unanimously re-elected", "the text, which the Council unanimously adopted".
_RELATIVE_BEFORE = re.compile(r"\b(?:whom|which|who|whose)\b[^,;.()]{0,60}$")
# The speaker's words to the one elected: "you were unanimously elected".
_ADDRESSED_BEFORE = re.compile(r"\b(?:you|I|we)\s{1,3}$", re.IGNORECASE)
# A recital recalls another body's decision: "Recalling that its resolution ... was
# unanimously adopted".
_RECITAL_OPENING = re.compile(
    r"\s*(?:Recalling|Noting|Reaffirming|Welcoming|Bearing|Having|Mindful|Aware|Convinced"
    r"|Concerned|Considering|Acknowledging|Emphasizing|Stressing|Recognizing|Reiterating"
    r"|Underlining|Expressing|Taking\s{1,3}note)\b"
)
# The groups of the verb, the auxiliary or the main clause's verb a manner belongs to.
_VERB_GROUPS = (
    *("verb", "verb_after", "verb_of", "verb_lead", "aux"),
    *("voted", "declared", "participle", "main"),
)
# A recital's clause after "that": "Noting that, at its session, the Assembly adopted ...".
_RECITAL_THAT = re.compile(r"\s*[A-Z][a-z]+ing\s{1,3}(?:also\s{1,3})?that\b")
# A main clause's subject after an opening participle's phrase: "Expressing concern over
# the setback ..., the General Assembly would stress ...".
_MAIN_SUBJECT = re.compile(r",\s{1,3}the\s{1,3}[A-Z]")
_PERSON_VERBS = frozenset(("elected", "re-elected", "reelected", "appointed", "re-appointed"))


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around each manner, wide enough for every pattern's match.

    Every pattern holds its manner, at most :data:`_BEFORE_MANNER` characters after the
    match starts and :data:`_AFTER_MANNER` before it ends; overlapping stretches are one.

    >>> _windows("x" * 500 + " by consensus " + "y" * 600)
    [(204, 963)]
    """
    windows: list[tuple[int, int]] = []
    for spot in _MANNER_SPOT.finditer(text):
        low = max(0, spot.start() - _BEFORE_MANNER)
        high = min(len(text), spot.end() + _AFTER_MANNER)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


def _how_words(written: str) -> str:
    """The standard words of a manner: "unanimously", "without a vote", "by consensus"...

    >>> _how_words("without  Vote"), _how_words("unanimous"), _how_words("consensus")
    ('without a vote', 'unanimously', 'by consensus')
    """
    lower = " ".join(written.lower().split())
    if lower.startswith("without"):
        return "without a vote"
    if lower.startswith("unanimous"):
        return "unanimously"
    if lower.endswith("consensus"):
        return "by consensus"
    return "by acclamation"


def _reports(text: str, start: int, *, relative: bool = True) -> bool:
    """Whether the clause holding ``text[start:]`` reports an act.

    Not a hope, a threshold or a hypothesis, a recital, an address or, where ``relative``,
    a relative clause (a relative whose own verb is what enabled the act, "negotiations
    which enabled us to adopt ...", reports it).

    >>> _reports("Mr. Annan, whom the Member States have unanimously re-elected", 25)
    False
    >>> _reports("Recalling that its resolution 12 was unanimously adopted,", 36)
    False
    """
    reach = max(0, start - 400)
    sentence = reach + sentence_starts(text[reach:start])[-1]
    if _RECITAL_OPENING.match(text, sentence) and (
        _RECITAL_THAT.match(text, sentence) or not _MAIN_SUBJECT.search(text, sentence, start)
    ):
        return False  # a press release's opening participle before its main clause reports
    before = text[max(sentence, start - 40) : start]
    return not (
        _NOT_AN_OUTCOME_BEFORE.search(before)
        or _ADDRESSED_BEFORE.search(before)
        or (relative and _RELATIVE_BEFORE.search(before))
    )


def find_manner_outcomes(text: str, taken: list[Tally] | None = None) -> list[Tally]:
    """Find outcomes stated with no counts where the manner stands apart from its verb.

    Parameters
    ----------
    text
        One paragraph (any string).
    taken
        Outcomes already found in ``text``; a match that overlaps one is left out.

    Returns
    -------
    list of Tally
        Tallies of kind ``"vote"`` with no parts, in text order, whose ``outcome`` is
        "adopted" (or "elected", "appointed", "re-elected" for an act on a person) and
        the manner: "unanimously", "without a vote", "by consensus" or "by acclamation".
        Each spans the manner and the verb it belongs to.

    Examples
    --------
    >>> [t.outcome for t in find_manner_outcomes(
    ...     "In a unanimous vote this afternoon, the Council extended the mandate.")]
    ['adopted unanimously']
    >>> [t.outcome for t in find_manner_outcomes("The Assembly unanimously appointed Ms. Ruiz.")]
    ['appointed unanimously']
    >>> find_manner_outcomes("The resolution must be unanimously approved by the Council.")
    []
    """
    if not holds_any(text, _MANNER_STEMS) and not (
        holds_any(text, _WITHOUT_STEMS) and holds_any(text, _VOTE_STEMS)
    ):
        return []  # a literal test is far cheaper than the patterns
    spans = SpanIndex((t.start, t.end) for t in taken or ())
    found: list[Tally] = []
    # every pattern but _OPENING_PHRASE, _PARTICIPLE and _NAMED_ADOPTION holds _MANNER
    manner = _MANNER_PHRASE.search(text) is not None
    patterns = [_MANNER_BEFORE_VERB, _MANNER_OPENS] if manner else []
    if "nanimous" in text or "onsensus" in text:
        patterns.append(_OPENING_PHRASE)
    if "dopting" in text or "pproving" in text or "assing" in text:
        patterns.append(_PARTICIPLE)
    if manner and (" of " in text or "pprove" in text or "dopt" in text or "asse" in text):
        patterns.append(_COUNTED_WITH_MANNER)
    if manner and ("voted" in text or "declared" in text):
        patterns.append(_ON_ONE)
    if "voting unanimously" in text:
        patterns.append(_VOTING_AS_ONE)
    if "esolution" in text and holds_any(text, _NAMED_ADOPTION_STEMS):
        patterns.append(_NAMED_ADOPTION)
    if manner and "by the" in text:
        patterns.append(_PASSIVE_WITH_AGENT)
    if manner and ("dopted" in text or "pproved" in text or "passed" in text or "ndorsed" in text):
        patterns.append(_AGENT_VERB_MANNER)
    if manner and (" to " in text or "succeeded" in text):
        patterns.append(_ABLE_TO_ADOPT)
    seen: set[tuple[int, int, int]] = set()
    matches: list[re.Match[str]] = []
    for low, high in _windows(text):  # each pattern runs near a manner only
        for index, pattern in enumerate(patterns):
            for match in pattern.finditer(text, low, high):
                if (index, *match.span()) not in seen:
                    seen.add((index, *match.span()))
                    matches.append(match)
    matches.sort(key=lambda match: match.start())
    for match in matches:
        groups = match.groupdict()
        how_group = next(
            g
            for g in (
                *("how", "how_first", "how_adjective", "how_of"),
                *("how_commas", "how_after", "how_lead"),
            )
            if groups.get(g)
        )
        start, end = match.span(how_group)
        if match.re is not _COUNTED_WITH_MANNER and not (
            match.re is _PARTICIPLE and groups.get("how")
        ):  # a count of texts stays out of the span: another reader may list it
            for group in _VERB_GROUPS:
                if groups.get(group):
                    start, end = min(start, match.start(group)), max(end, match.end(group))
        if match.re is _NAMED_ADOPTION:  # the act and the text it names: nothing goes on
            start, end = match.span()
        if spans.overlaps(start, end) or not _reports(
            text, match.start(), relative=match.re is not _ABLE_TO_ADOPT
        ):
            continue
        if match.re is not _NAMED_ADOPTION and _SPLIT_GOES_ON.match(text, end):
            continue
        if match.re is _NAMED_ADOPTION and _WISHED_BEFORE.search(text, 0, match.start()):
            continue
        verb = (groups.get("participle") or groups.get("verb") or "").lower()
        done = verb if verb in _PERSON_VERBS else "adopted"
        outcome = f"{done} {_how_words(match[how_group])}"
        found.append(Tally("vote", start, end, [], outcome=outcome))
        spans.add(start, end)
    return found
