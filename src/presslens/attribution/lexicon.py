"""Word lists written for presslens: reporting verbs, communication nouns, speaker nouns, media.

They are the prior knowledge of the rule layer; the cue model trained on PolNeAR
(:mod:`presslens.attribution.cue_model`) extends the verbs with what annotators marked.
"""

SPEECH_VERBS = frozenset(
    ["say", "tell", "add", "claim", "warn", "argue", "suggest", "state", "write", "explain", "insist", "note", "observe", "announce", "report", "reveal", "admit", "acknowledge", "confirm", "deny", "declare", "assert", "contend", "maintain", "stress", "emphasise", "emphasize", "remark", "comment", "reply", "respond", "answer", "ask", "urge", "demand", "accuse", "allege", "predict", "forecast", "estimate", "concede", "complain", "question", "propose", "recommend", "promise", "vow", "pledge", "threaten", "tweet", "post", "quip", "joke", "recall", "describe", "call", "echo", "weigh", "speak", "talk", "testify", "disclose", "indicate", "point", "conclude", "caution", "counter", "agree", "disagree", "criticise", "criticize", "condemn", "praise", "dismiss", "reject", "mock", "boast", "announce", "inform", "advise", "assure", "concur", "lament", "muse", "speculate", "theorise", "theorize", "hint", "signal", "brief", "cite", "quote", "declare", "proclaim", "stress", "underline", "reiterate", "repeat", "charge", "blast", "slam"]
)

COGNITION_VERBS = frozenset(
    ["think", "believe", "fear", "hope", "expect", "feel", "know", "doubt", "suspect", "worry", "reckon", "consider", "suppose", "assume", "understand", "realise", "realize", "want", "wish", "guess", "imagine", "wonder"]
)

# Nouns that turn a light verb into a reporting cue: "gave a brutal assessment", "issued a warning".
COMMUNICATION_NOUNS = frozenset(
    ["assessment", "warning", "statement", "claim", "prediction", "analysis", "comment", "remark", "speech", "interview", "argument", "case", "promise", "threat", "verdict", "view", "opinion", "account", "testimony", "appeal", "plea", "call", "announcement", "admission", "denial", "message", "explanation", "assurance", "forecast", "briefing"]
)
# What a possessor said or holds ("Sanders's point was that ...", "her submission to the
# court"): the possessor is the source.
SAID_THINGS = COMMUNICATION_NOUNS | frozenset(["point", "plan", "position", "proposal", "suggestion", "recommendation", "advice", "insistence", "contention", "assertion", "allegation", "accusation", "observation", "conclusion", "complaint", "criticism", "request", "demand", "question", "pledge", "vow", "boast", "joke", "language", "wording", "rhetoric", "submission", "response", "reply", "answer", "reaction", "retort", "words", "letter", "email", "note", "phrase", "catchphrase", "slogan", "motto", "mantra", "refrain", "website", "post", "tweet", "report", "book", "memo", "filing", "disclosure", "brief", "ad", "campaign", "office", "team", "history", "record", "past", "career", "legacy", "return"])
# What shows a person speaking ("A video of Christie talking candidly", "footage of Trump
# saying"): the person shown is the source, as PolNeAR marks it.
RECORDING_NOUNS = frozenset(["video", "footage", "clip", "recording", "tape", "audio", "videotape"])
LIGHT_VERBS = frozenset(["give", "make", "issue", "offer", "deliver", "express", "voice", "provide", "paint"])

# Prepositions whose object is what was said ("spoke against the war", "called for a vote").
CONTENT_PREPOSITIONS = frozenset(["about", "of", "on", "against", "for", "over"])

PRONOUNS = {
    "he": "person",
    "him": "person",
    "his": "person",
    "its": "organisation",
    "their": "group",
    "she": "person",
    "her": "person",
    "hers": "person",
    "i": "person",
    "we": "group",
    "they": "group",
    "it": "organisation",
}

# Grammatical gender of personal pronouns, and the evidence a name carries: an honorific or a
# common first name (the project's own short lists of the most common US first names, nothing
# chosen for an article; a name matching none stays unknown, and an unknown gender never rules a
# candidate out).
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "ms": "f", "ms.": "f", "mrs": "f",
                    "mrs.": "f", "miss": "f", "lady": "f", "dame": "f", "madam": "f"}
# Family members, whose first name alone takes the family name of the one whose relative they are
# ("Clinton's husband, Bill,").
KINSHIP_NOUNS = frozenset("""husband wife widow widower son daughter brother sister father mother
    grandson granddaughter grandfather grandmother nephew niece uncle aunt cousin""".split())
# Words that make a person's name the name of their side ("Team Trump", "Camp Clinton"): the
# campaign or entourage, not the person.
SIDE_WORDS = frozenset(["team", "camp"])
ROLE_GENDER = {
    **dict.fromkeys("""widow wife mother daughter sister woman girl actress congresswoman spokeswoman
        chairwoman businesswoman councilwoman grandmother girlfriend queen princess duchess
        countess baroness mum mom aunt niece""".split(), "f"),
    # not "spokesman" or "chairman", which US papers use for women too ("Trump spokesman Hope Hicks")
    **dict.fromkeys("""widower husband father son brother man boy congressman businessman councilman
        grandfather boyfriend king prince duke earl baron dad uncle nephew""".split(), "m"),
}
FEMALE_FIRST_NAMES = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia
kathleen amy shirley angela helen anna brenda pamela nicole samantha katherine christine debra rachel
catherine carolyn janet ruth maria heather diane virginia julie joyce victoria kelly christina lauren
joan evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline ann gloria jean kathryn
alice teresa sara janice doris madison julia grace judy abigail marie denise beverly amber theresa
marilyn danielle diana brittany natalie sophia rose isabella alexis kayla charlotte
hillary kamala nikki condoleezza michele melania ivanka ivana chelsea tulsi dianne kirsten kyrsten marsha
loretta stacey ilhan alexandria rashida ayanna pramila katie elise kellyanne huma betsy ketanji elena
sonia oprah ursula marine jacinda nicola liz priti suella yvette harriet emma sophie lucy chloe jane kate
caroline claire fiona alison gillian joanna louise natasha tanya irina olga svetlana yulia tatiana
anastasia giorgia annalena carmen lucia isabel fatima aisha maryam leila ayesha priya indira malala
greta sheila wendy tina tammy peggy debbie gina marjorie lara ruby ella eleanor penelope agnes edith hope
kathy katy cathy carly megyn meghan maggie madeleine madeline lois lynn marcia mildred monica nora paula
phyllis rita sally suzanne sylvia teri terri valerie vanessa wanda anne annie joanne joann jenny jill
jillian kay krista kristen kristin leah lillian lily lorraine lori lucille lydia maureen melinda meredith
miriam molly nadia naomi nina norma polly priscilla rosa rosemary roxanne roxana sabrina stella susannah
sue vera vivian yolanda zoe beatrice bonnie brooke candace carla carrie cecilia colleen connie daisy
darlene dolores edna elaine ellen eva faith gail geraldine gwen hazel irene iris jeanne joy juanita june
kristina lucinda marla nellie regina rhonda roberta thelma wilma dena lolita melba alicia amelia becky
bridget camille claudia deanna eileen esther gayle janine katrina laurie lynda mandy mia neera patti
patty tricia sonya susie tara trudy shonda
""".split())
MALE_FIRST_NAMES = frozenset("""
james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony
mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary
peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur
lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah
randy roy vincent ralph eugene russell bobby mason philip louis
barack bernie bill ted marco jeb chris mike mitch rand ben rudy newt reince rex jared hunter tim tom bob
rick rob jim jeff steve dick nate vladimir volodymyr sergei sergey dmitry alexei boris emmanuel francois
nicolas olaf friedrich gerhard helmut silvio matteo giuseppe recep yair naftali ehud mahmoud bashar ali
mohammed muhammad ahmed hassan hussein abdul omar narendra rahul imran nawaz shinzo fumio pierre keir
rishi tony gordon nigel dominic sajid matt liam owen tucker hugh ian neil colin graham nick simon martin
andy dan lloyd elon warren rupert francis mitt lamar chuck harry jerrold devin trey ron pete beto cory
jay hakeem raphael jon don vivek asa doug greg glenn ken mohamed allan allen corey
howard fred ernest craig stanley shawn travis bradley leonard earl gene marty barry kurt charlie mitchell
rudolph rodney teddy tommy jimmy ricky ronnie joey phil sammy kenny marvin wade dale darrell duncan todd
troy derek brent brett curtis jeremiah luke marcus frederick herbert lewis mario max oscar reginald roland
ross seth stuart theodore vernon victor wesley clarence clifford calvin bernard alfred eddie jerome jonah
joel karl kirk lance nathaniel nelson orrin perry randall sherrod chad clint darren dwight floyd harvey
isaac ivan jake jorge julian julius kent leroy lester luis manuel marshall morris oliver rafael raul
roberto saul sergio sheldon stan stewart trent tyrone wallace zach
""".split())

# Determiners and quantifiers that make a plural or bare source generic ("some", "many critics").
GENERIC_DETERMINERS = frozenset(["some", "many", "several", "few", "most", "others", "other", "various", "numerous",
                                 "everyone", "everybody", "anyone", "anybody", "nobody", "someone", "somebody"])

# Heads of descriptions that refer to places or organisations rather than people.
ORGANISATION_NOUNS = frozenset(
    ["country", "nation", "state", "government", "ministry", "department", "administration", "company", "firm", "group", "agency", "party", "council", "committee", "court", "union", "organisation", "organization", "institute", "newspaper", "paper", "outlet", "network", "channel", "kremlin", "campaign", "bank", "regime", "authority", "authorities", "army", "military", "police", "board", "chain", "publisher", "broadcaster", "airline", "retailer", "charity", "foundation", "university", "hospital", "club", "league", "association", "corporation", "watchdog", "regulator", "think-tank", "thinktank", "manufacturer", "insurer", "lender", "carrier", "operator", "provider", "giant"]
)
# Buildings and places named after a person ("Trump Tower", "the Kennedy Center"), which the NER
# may tag as a person.
BUILDING_NOUNS = frozenset(["tower", "towers", "plaza", "center", "centre", "building", "hall", "hotel", "airport",
                            "stadium", "arena", "library", "museum", "memorial", "square", "bridge", "boulevard"])
# Businesses a name can modify ("the Gannett newspaper chain"); not "campaign" or
# "administration", which a person's name modifies too ("the Trump campaign").
COMPANY_NOUNS = frozenset(["company", "firm", "chain", "newspaper", "paper", "publisher", "network", "channel", "broadcaster", "bank", "airline", "retailer", "corporation", "conglomerate", "manufacturer", "insurer", "lender", "carrier", "operator", "provider", "outlet", "agency", "group"])
# Sources that are no one: documents, records, images and findings ("the report says", "flight
# records reveal", "the next photo shows").
THING_NOUNS = frozenset(["report", "study", "survey", "poll", "data", "analysis", "review", "document", "record",
                         "photo", "photograph", "picture", "image", "video", "footage", "tape", "recording", "map",
                         "chart", "graph", "table", "figure", "number", "statistic", "evidence", "research",
                         "finding", "result", "estimate", "projection", "model", "bill", "law", "legislation",
                         "measure", "rule", "regulation", "guidance", "guideline", "indictment", "affidavit",
                         "transcript", "complaint", "lawsuit", "ruling", "order", "filing", "book", "article", "column",
                         "story", "editorial", "headline", "ad", "advertisement", "poster", "sign", "note",
                         "message", "email", "page", "site", "website", "post", "tweet", "letter", "statement",
                         "release", "announcement", "notice", "warning", "memo", "paper", "version", "copy",
                         "text", "draft", "list", "index", "test", "experiment", "trial", "audit", "inquiry",
                         "investigation", "probe", "fact", "idea", "notion", "theory", "argument", "claim",
                         "timeline", "account", "narrative", "information", "link", "file", "manual",
                         "handbook", "guide", "thing", "example", "detail", "problem", "issue", "question",
                         "concern", "crisis", "threat", "danger", "trend", "risk", "challenge", "accord",
                         "deal", "case", "event"])
# Common nouns that name a person (the project's own list), with the endings most such nouns
# have ("-er", "-ist", "-ian", "-man"; not "-ee", which ends "degree" as often as "nominee"): a
# description whose head is neither ("a glimpse at the campaign", "His Harvard degree") names no
# one a later "he" or "she" can continue. Generous on purpose: a thing read as a person is the
# old behaviour, a person read as a thing a new error.
PERSON_NOUNS = frozenset("""
official expert source aide friend critic spouse child kid person individual leader chief head member
resident victim witness neighbor neighbour colleague relative classmate host guest staff staffer surrogate
ally rival nominee veteran citizen immigrant refugee student doctor nurse judge justice attorney cop agent
general captain coach athlete star celebrity actress artist author novelist poet historian scientist
activist advocate voter donor fan follower user customer client patient owner founder ceo executive boss
employee partner investor diplomat envoy monarch royal heir sibling cousin grandchild baby teen teenager
youth adult lady gentleman guy fellow mate peer comrade insider outsider observer pundit anchor
correspondent delegate deputy assistant secretary clerk prosecutor defendant plaintiff suspect accused
inmate prisoner detainee survivor hostage attacker killer priest pastor rabbi imam cleric monk nun
conservative liberal progressive moderate libertarian socialist communist nationalist populist hopeful
appointee designee physician surgeon specialist officer hero heroine figure icon trustee attendee retiree
licensee grantee escapee draftee mogul tycoon magnate billionaire millionaire neurosurgeon admiral pilot
legend bigot evangelical idol
""".split())
PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "woman", "person", "ar", "ess", "eur",
                  "ive", "ic", "ite", "ate")
# Common nouns with those endings that name no one ("Mrs. Clinton's career has not taken ...").
NOT_PERSON_NOUNS = frozenset(["career", "power", "border", "order", "matter", "number", "paper", "letter", "center",
                              "centre", "chapter", "corner", "cancer", "dinner", "theater", "theatre", "summer",
                              "winter", "water", "weather", "error", "sector", "factor", "behavior", "behaviour",
                              "honor", "labor", "floor", "door", "color", "terror", "rumor", "favor", "calendar",
                              "dollar", "initiative", "narrative", "perspective", "incentive", "alternative",
                              "motive", "topic", "logic", "music", "traffic", "rhetoric", "panic", "epidemic",
                              "debate", "state", "rate", "estate", "climate", "mandate", "grant", "plant", "event",
                              "agenda", "record", "answer", "offer", "cover", "character", "manner", "disaster"])
# Endings of abstract nouns, which name no one ("the departure", "the assessment", "its capacity").
THING_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ure", "ance", "ence", "ism")
# People and bodies with those endings.
NOT_THINGS = frozenset(["witness", "celebrity", "personality", "majority", "minority", "community", "opposition",
                        "population", "generation", "congregation", "federation", "commission", "institution",
                        "convention", "nation", "administration", "organisation", "organization", "association",
                        "corporation", "foundation", "coalition", "delegation", "legislature", "audience",
                        "conference", "presidency", "entity", "authority", "university", "charity", "government",
                        "parliament", "department", "management", "movement", "enforcement", "establishment"])
COLLECTIVE_NOUNS = frozenset(["group", "team", "delegation", "coalition", "panel", "crowd", "band", "jury", "media",
                              "press", "public", "family", "staff", "electorate", "audience", "congregation",
                              "majority", "minority", "plurality"])

HONORIFICS = frozenset(
    ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "lord", "lady", "dame", "rev", "rev."]
)
# Generational suffixes closing a name ("Joseph R. Biden Jr."): the family name is the word before.
NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])

# Abbreviated titles before names ("Gov. Chris Christie") and the role nouns that later describe
# the same person ("the governor").
TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "sgt": "sergeant", "capt": "captain", "adm": "admiral", "atty": "attorney",
    "amb": "ambassador", "pres": "president", "sec": "secretary", "supt": "superintendent",
    "det": "detective", "insp": "inspector", "cmdr": "commander", "justice": "judge", "ag": "attorney",
    "congressman": "representative", "congresswoman": "representative",
}
# Offices a person is known by; two different ones are two people ("the president" is not
# "Rep. Adam Schiff"), where a description that is no office ("the nominee") fits either.
OFFICE_NOUNS = frozenset([
    "president", "senator", "governor", "mayor", "representative", "minister", "judge", "secretary",
    "chancellor", "prime", "premier", "ambassador", "attorney", "general", "commissioner", "sheriff",
    "speaker", "chairman", "chairwoman", "chair", "director", "king", "queen", "pope", "councillor",
    "councilman", "councilwoman", "lawmaker", "legislator", "pope", "cardinal", "archbishop", "bishop",
    "patriarch", "prince", "princess", "duke", "duchess", "emperor", "sultan", "emir", "ayatollah", "justice",
])

SOCIAL_PLATFORMS = frozenset(
    ["twitter", "x", "facebook", "instagram", "tiktok", "telegram", "youtube", "linkedin", "threads", "truth", "bluesky", "weibo", "reddit", "substack"]
)
# Nouns after "in a/an ..." that name the medium of a statement, with the medium kind.
MEDIUM_NOUNS = {
    "letter": "letter",
    "statement": "statement",
    "interview": "interview",
    "press release": "statement",
    "release": "statement",
    "tweet": "social_media",
    "post": "social_media",
    "op-ed": "writing",
    "column": "writing",
    "article": "writing",
    "essay": "writing",
    "blog": "writing",
    "email": "letter",
    "memo": "letter",
    "speech": "statement",
    "broadcast": "broadcast",
    "podcast": "broadcast",
    "video": "broadcast",
}
# Verbs whose object is the medium they make ("wrote a letter", "issued a statement", "gave an
# interview"); other verbs' objects are what is reported ("cited that letter", "ordered the release").
MEDIUM_MAKING_VERBS = frozenset(
    ["write", "pen", "issue", "release", "send", "post", "publish", "give", "make", "deliver", "sign",
     "tweet", "share", "put", "record", "film", "broadcast", "air", "upload", "draft", "submit"]
)
# What a speaker tells when talking to the press ("told the BBC's Today programme").
OUTLET_NOUNS = frozenset(["programme", "program", "show", "newspaper", "paper", "radio", "station", "channel",
                          "network", "magazine", "podcast", "broadcaster", "outlet", "website", "agency"])
# Verbs of saying whose object is the one spoken to ("he told Hannity"), not the one spoken of.
ADDRESSING_VERBS = frozenset(["tell", "ask", "assure", "inform", "remind", "warn", "urge", "advise", "brief", "thank"])
# Verbs of "Speaking to X" / "Writing for X" clauses naming an interviewer or publication.
MEDIUM_VERBS = {"speak": "interview", "talk": "interview", "tell": "interview", "write": "writing"}

# Days named right after a cue ("said Friday"), which PolNeAR counts as part of the cue.
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"])
# Words of time a title drops when the person is described again ("the former senator").
TIME_MODIFIERS = frozenset(["then", "current", "longtime", "outgoing", "incoming", "new", "veteran"])
# Members of a legislature, whom "the lawmaker" and "the legislator" can describe.
LEGISLATORS = frozenset(["representative", "senator", "congressman", "congresswoman", "assemblyman",
                         "assemblywoman", "assemblymember", "councilman", "councilwoman", "councillor",
                         "mp", "legislator", "lawmaker", "delegate"])
LEGISLATOR_NOUNS = frozenset(["lawmaker", "legislator"])
# Running for office, and posts held by staff and commentators, who are not the ones running.
CANDIDACY_NOUNS = frozenset(["candidate", "nominee", "contender", "challenger", "incumbent", "frontrunner"])
STAFF_NOUNS = frozenset(["spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "professor",
                         "aide", "adviser", "advisor", "strategist", "pollster", "consultant", "columnist",
                         "reporter", "journalist", "editor", "researcher", "scholar", "fellow", "lobbyist",
                         "commentator", "contributor", "correspondent", "anchor", "host", "pundit", "manager"])
# Offices outside party politics: a judge, a bishop or a king is not "the GOP nominee".
NONPARTISAN_OFFICES = frozenset(["judge", "justice", "magistrate", "pope", "cardinal", "archbishop", "bishop",
                                 "patriarch", "king", "queen", "prince", "princess", "duke", "duchess", "emperor"])
# Title words that make another office: the vice president, a deputy minister, the former
# senator, the shadow chancellor are not the president, the minister, the senator, the chancellor.
RANK_WORDS = frozenset(["vice", "deputy", "assistant", "associate", "former", "ex", "shadow", "acting"])
PARTY_NAMES = {"gop": "republican", "r": "republican", "d": "democratic", "democrat": "democratic", "dem": "democratic",
               "tory": "conservative", "tories": "conservative"}
# Where an office is held, which a title may leave out ("the state attorney general").
# The Associated Press's abbreviations of the U.S. states, as in a party-state tag ("R-Fla.") or
# a state in parentheses after a legislator's name ("Marco Rubio (Fla.)").
STATE_ABBREVIATIONS = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois",
    "ind": "indiana", "kan": "kansas", "kans": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland",
    "mass": "massachusetts", "mich": "michigan", "minn": "minnesota", "miss": "mississippi", "mo": "missouri",
    "mont": "montana", "neb": "nebraska", "nev": "nevada", "okla": "oklahoma", "ore": "oregon",
    "pa": "pennsylvania", "tenn": "tennessee", "vt": "vermont", "va": "virginia", "wash": "washington",
    "wis": "wisconsin", "wyo": "wyoming",
}
JURISDICTION_WORDS = frozenset(["federal", "state", "city", "county", "municipal", "provincial", "regional"])
PARTIES = frozenset(["republican", "democratic", "conservative", "labour", "liberal", "green", "libertarian", "independent"])
CALENDAR_WORDS = WEEKDAYS | frozenset([
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
])
