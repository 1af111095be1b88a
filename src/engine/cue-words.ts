/**
 * General English words that cue what a question asks ("which event caused ...", "did they meet ..."), one named
 * list per use: language data in data/language/cue-words.json, not code. Validated on load and read once per
 * data folder (src/facts/once-per-data-dir.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findDataDir } from '../facts/load-facts.js';
import { oncePerDataDir } from '../facts/once-per-data-dir.js';

/** The lists, each for one use (a list's own words, not shared with another use of similar words). */
const NAMES = [
  /** Adverbs of a domain ("militarily", "economically"): an answer whose sentences never name the domain answers another. */
  'domainAdverbs',
  /** Words that claim the whole of something ("fully owned", "wholly"): a share the article gives is no "Yes". */
  'wholeWords',
  /** Compass points ("east", "southern"): before a country and a noun they name another place ("the East <X> Sea"). */
  'compassWords',
  /** Words that call someone military ("is <A> military"), which a military rank bears out. */
  'militaryWords',
  /** Words that ask for the disputes between parties ("what are the big fights between <A> and <B>"). */
  'disputeAskWords',
  /** Words of a change in how two parties stand ("better", "improving", "worse"), which an article reports only as progress. */
  'standingChangeWords',
  /** Words of ties coming back ("restored", "resuming", "back"), which an article reports as progress made. */
  'recoveryWords',
  /** Verbs in the plural only ("were", "have"), which after a name say it names a team or a body, not a person. */
  'pluralVerbs',
  /** Verbs of answering what was said ("replied", "retorted"): a sentence told with one leans on the one before. */
  'replyVerbs',
  /** Nouns of kin ("son", "widow"): "the son of the company's founder" is not the founder. */
  'kinshipNouns',
  /** Kinds of a feature of the map ("sea", "strait") a question may call one by, "the sea", of an article naming
   * one of that kind; not those its sentences also call theirs by kind ("the lake", "the river"). */
  'featureKindNouns',
  /** Courtesy titles before a name ("Dr.", "Mrs"; without the dot), which are no rank. */
  'courtesyTitles',
  /** Words for what something shows of a change ("a sign", "a step"): read from the progress reported. */
  'signWords',
  /** Verbs of a timed effort whose "what time" asks how long it took ("what time did <A> run", "finish in"). */
  'timedVerbs',
  /** Ordinals that pick one of a series ("first", "third"); not "last" or "next", which mostly say when. */
  'seriesOrdinals',
  /** Words for whoever runs a body, or for running it ("the head of <body>", "who runs <body>"): a head title's holder. */
  'bodyHeadNouns',
  /** Titles that head a body ("chief executive", "chairs", "director"), for "who runs <body>". */
  'bodyHeadTitles',
  /** Words that end a phrase a number opens ("the <n>th round of <X> in <a city>"): a clause or another phrase begins. */
  'phraseEndWords',
  /** Words for how someone feels about something ("optimistic", "worried"), which the article shows only by what they said. */
  'attitudeWords',
  /** Verbs asking what something typed stands for ("what does the 17 mean", "what's the 1,300 refer to"). */
  'meaningVerbs',
  /** Words for how high someone ranks ("the top generals", "senior officials"): they pick no one out by name; of
   * several of one side whose ranks are graded, the one who outranks the others. */
  'seniorityWords',
  /** Verbs of being there ("sit in on", "attend", "take part"): the article names who took part, not everyone
   * present. */
  'attendanceVerbs',
  /** Words for meeting at a distance ("virtually", "over zoom"), against a meeting held in a place. */
  'remoteWords',
  /** A preposition and a bare noun that say how something is done ("in person", "by phone"): one alternative, whole. */
  'mannerPhrases',
  /** Words that ask how two things differ ("what's the difference between <A> and <B>", "compare the two"). */
  'differenceWords',
  /** Words that put a question at today's date ("is it still broken now"), past the article's. */
  'nowWords',
  /** Verbs of a view held of something ("what did <A> think the talks achieved"), not of words said about it. */
  'viewVerbs',
  /** Words asking for the countries an article names ("which countries are involved"). */
  'countryNouns',
  /** Words asking for the places an article names ("what cities are mentioned"). */
  'placeListNouns',
  /** Nouns for a kind of place ("which body of water", "what region"), as lemmas: asked of what is placed. */
  'placeKindNouns',
  /** Words asking for the bodies an article names ("which organisations are named"). */
  'bodyNouns',
  /** Words, besides verbs of mentioning, that ask what an article covers ("which countries are involved"). */
  'involvedWords',
  /** Verbs that say nothing of the act counted ("how many <X> does <A> have"). */
  'countLightVerbs',
  /** Nouns that only ask for an amount of money, naming nothing counted ("how much money"; after "how much", a sum). */
  'moneyNouns',
  /** Nouns for a sum of some kind ("how much profit"): asked with "how much", a sum answers, not a share or a count. */
  'sumNouns',
  /** Words before a number that say it is rounded ("about 1,100"). */
  'roundingWords',
  /** Words asking for a total ("how many in total", "altogether"). */
  'totalAskedWords',
  /** Words by which a sentence gives a total ("in all", "the whole"). */
  'totalSaidWords',
  /** Units of time a rate is asked per ("per year", "a month", "weekly"). */
  'rateUnits',
  /** Light verbs whose object noun made from a verb says the act ("make a decision" is "decide"): base forms. */
  'lightVerbsBase',
  /** The same light verbs in the past ("made a decision" is "did decide"). */
  'lightVerbsPast',
  /** Those of them that name the act with a possessive too ("make its decision"; not "had their <X> closed"). */
  'lightVerbsWithPossessive',
  /** Possessive determiners ("its", "their"). */
  'possessiveDeterminers',
  /** Words that describe a person as a woman ("the only woman in the article"), read against "she". */
  'femaleNouns',
  /** Words that describe a person as a man ("the <demonym> guy"), which nobody the article calls "she" fits. */
  'maleNouns',
  /** Who is ahead in or standing for a contest ("who is running", "the frontrunner"). */
  'contestWords',
  /** After "what"/"which", nouns that ask for a date ("what day", "which year"), as "when" does. */
  'timeNouns',
  /** After "what"/"which", nouns that ask for a person ("which official"), as "who" does. */
  'personNouns',
  /** Words that make a role another role: a deputy minister is not the minister. */
  'titleQualifiers',
  /** Verbs that report what someone said, whose own date is not that of what they said. */
  'sayingVerbs',
  /** Words that open a clause a question takes for granted ("how long after the talks ended ..."). */
  'premiseSubordinators',
  /** Nouns that end the name or description of an organisation ("the company", "the ministry"), which "it" may stand for. */
  'organisationHeads',
  /** Words that end a chatty lead-in before the question word ("what are they discussing, when ..."). */
  'chatterEnds',
  /** A word alone after a question that asks for its detail ("which officials? names?"): no question of its own. */
  'elaborationNouns',
  /** Words of a plan ("was supposed to", "was due to"): a past question about what may come after the article. */
  'plannedWords',
  /** Verbs before "to" that report an act as planned, not done ("plans to appeal", "vowed to appeal"). */
  'planVerbs',
  /** Nouns for a stretch of time itself ("the grace period", "the ban"): "how long is it" asks a time, not a length. */
  'spanNouns',
  /** Words for the people a bar of age applies to ("anyone under 18"), whose number is an age, not an amount. */
  'ageBarNouns',
  /** A sentence's first words written in lower case after "It does say that" ("The", "According", "Under"). */
  'clauseOpeners',
  'subordinators',
  /** Words opening a clause of condition or of a time still to come ("until the investigators report"): a date before such a clause is not the act's inside it. */
  'conditionOpeners',
  'headingVerbs',
  'headTitles',
  /** Phrases that claim an act was done by one party alone ("on its own", "unilaterally"). */
  'alonePhrases',
  /** Nouns for whoever leads a country ("the leader of <a country>"): its head of state. */
  'countryLeaderNouns',
  /** After "how much", words for what a thing is worth ("how much was it worth"): the sum is the answer. */
  'worthWords',
  /** Comparatives worked out from stated facts (dates, lengths, ranks, counts), which an intent answers. */
  'reasonedComparatives',
  /** Verbs that ask how long something itself went on ("how long did the talks go"), no other act done to it. */
  'lastingVerbs',
  /** Verbs of a state going on ("how long will it stay closed"), whose end "until <then>" gives. */
  'endingStateVerbs',
  /** Words that ask what someone said in answer to another ("what did <A> say in reply"); "back" after a verb of saying too. */
  'replyWords',
  /** Words of a tag that asks whether the claim before it holds ("..., right?", "..., true?"). */
  'tailChecks',
  /** Words for the article itself, which "it" may stand for. */
  'articleNouns',
  /** Verbs of deciding something that starts later ("ordered a ban", "approved a law"): when it starts is not when it was decided. */
  'decidingVerbs',
  /** Nouns for the whole matter an article reports, closing a question ("... in the case?", "in this story"): its scope, no word to find. */
  'scopeNouns',
  /** Words that say how a question asks, not what it is about. */
  'askingWords',
  /** Words that help find the sentence but need not be in it: numbers and ordinals ("the two countries", "the first attempt" of an article that says "originally"), nouns for whoever is involved, and adverbs of stress ("actually", "really") a sentence seldom repeats. */
  'optionalWords',
  /** Adverbs of a field ("politically", "militarily"), which only narrow a question whose act is no more than
   * something happening ("what's happening with <A> politically"). */
  'fieldAdverbs',
  /** Adverbs of time a sentence may not repeat ("how much has <A> already been paid"): the reader tries without them when no sentence has them; in a yes/no claim, and in "why" of one, they are the claim. */
  'aspectAdverbs',
  /** Verbs that with "up" lead the verb of what came of it ("ended up costing" is "cost"). */
  'outcomeVerbs',
  /** Verbs that ask what someone thinks, which an article reports as said. */
  'opinionVerbs',
  /** With "how much", verbs that ask for a sum of money ("how much will it cost"). */
  'moneyVerbs',
  /** Words of a feature of the map ("the <East> <X> sea"): a place typed, though the article never names it. */
  'geoNouns',
  /** Words before a number that say it is not exact ("more than 60", "about 42,000"): kept with it in an answer. */
  'approximators',
  /** After "how", words that ask for a temperature ("how hot did it get"). */
  'temperatureWords',
  /** Words that open a relative clause ("a ship that ran aground"): what the clause says is of the noun before. */
  'relativePronouns',
  /** Nouns that ask for a name ("the name of the <kind>", "the <kind>'s name"): what is asked, not a word to find. */
  'nameNouns',
  /** Nouns of a place someone comes from ("which town is <A> from"), a country's not among them (their side). */
  'homeNouns',
  /** Light verbs that a yes/no claim is about ("did the union get ..."). */
  'claimedLightVerbs',
  /** Words that deny what a sentence says ("not", "never", "refused"). */
  'negators',
  /** Words of going somewhere, which wink may tag as nouns ("did <person> travel to"). */
  'motionWords',
  /** Verbs of sending something somewhere, whose "to <X>" is where it goes ("shipped to <a university>"). */
  'conveyVerbs',
  /** Nouns after a surname that make it a family's name, no one person's ("the <Surname> family"). */
  'familyNouns',
  /** Verbs of two people meeting, which a question may put between people who never did. */
  'meetingVerbs',
  /** Verbs that carry no content of their own in a question ("did he get", "what does it mean"). */
  'lightVerbs',
  /** Verbs of starting or going on, which leave the doing to the verb after them (not "stop", its opposite). */
  'inceptiveVerbs',
  /** Nouns for something that happened, which cause things without being who did them ("which event caused ..."). */
  'happenings',
  /** Verbs too light to evoke an event on their own ("go", "take", "make"). */
  'eventLightVerbs',
  /** Words that may follow a number put up against the last count without claiming more ("so 16 before it?"). */
  'countCarryWords',
  /** Words that scope a count to the whole article ("how many <X> total"), not the conversation's last event. */
  'wholeCountWords',
  /** Verbs of how something is seen or described ("how do <they> see <X>"), which a sentence's own wording may differ from. */
  'regardVerbs',
  /** Words that claim an event matters ("a big step"), answered by the significance the article gives it. */
  'significanceWords',
  /** Words after a claimed title that claim nothing more ("a general too i assume"). */
  'titleTails',
  /** Words claiming an event mattered little ("pointless", "a failure"): the article's significance says no. */
  'insignificanceWords',
  /** Words for someone sent to speak for a side ("the <demonym> rep"): who took part in the article's news for it. */
  'delegateNouns',
  /** Verbs of asking someone to act ("urging it to block"): who is urged to do a thing has not been said to do it. */
  'urgingVerbs',
  /** Verbs whose object may be a language named like a people ("speak <demonym>"), not that country. */
  'languageVerbs',
  /** Words for the occasion after a numbered one ("the next round"), whose number is one more. */
  'nextWords',
  /** Nouns for the person on the other side of someone's meeting ("<A>'s counterpart"). */
  'counterpartNouns',
  /** Words asking whether a thing had come by a time ("had it happened yet", "is it over already"). */
  'yetWords',
  /** Words claiming a thing was over by another's time ("was <A> over when <B> ended", "had <A> voted by the time"). */
  'doneByWords',
  /** Words for the occasions before a numbered one ("the one before", "prior rounds"), one fewer. */
  'previousWords',
  /** Words before an event's word that ask for another occasion than the one reported ("the next round", "the first meeting"). */
  'otherOccasionWords',
  /** Words of a question that say nothing of which event it is about ("thing", "happen", "take place", "date"). */
  'genericEventWords',
  /** Verbs that carry no topic of their own. */
  'topiclessVerbs',
  /** Nouns for a person that say nothing of their role. */
  'anyone',
  /** Words for the places or matters a person is in charge of: "the guy who handles <A> and <B>", "the one responsible for <A>", "in charge of". */
  'remitVerbs',
  /** Nouns for what a person is in charge of, after its places or matters: "the <A> desk", "the <B> portfolio". */
  'remitNouns',
  /** Nouns after a place that keep it the remit ("who handles <A> policy", "<A> affairs"); another noun after it
   * makes the place a modifier of that noun ("in charge of the <demonym> delegation" asks of the delegation). */
  'remitTopicNouns',
  /** Verbs that only stage an event in the passive ("when was the game played", "where is it hosted"): asked with
   * "when" or "where", they ask when or where the event was, as "held" does. */
  'stagingVerbs',
  /** Prepositions whose object a claim may get wrong: "an advertisement for <X>", "a complaint about <X>". */
  'objectPrepositions',
  /** After "how", words that ask for an amount of something ("how big is the rise"); "how old" asks for an age. */
  'sizeWords',
  /** After "how", words that ask for a length ("how tall", "how far"); "how high" also for a rate or a sum. */
  'dimensionWords',
  /** Words before a date that say it was the plan before ("originally planned for May"), since changed. */
  'supersededWords',
  /** General nouns after a noun that names a thing ("the radar system"): the sentence may name it without them. */
  'genericHeadNouns',
  /** A dimension's noun, then the words after "how" that ask for it ("depth deep"): "a depth of 38 metres" is no length. */
  'dimensionNouns',
  /** A dimension asked after "how", then words that say a length near them is of it ("deep ... below"): a
   * depth is a length said as one, not the first length of a sentence about the thing. */
  'dimensionCues',
  /** Words that put a title under another of the same name ("deputy mayor", "vice chair", "former coach"). */
  'subordinateTitleWords',
  /** Verbs of setting out ("where did she leave", "where did they set off"): a place came from, not gone to. */
  'departureVerbs',
  /** Verbs only a living person does or suffers ("who died", "who was injured"): no country or body answers them. */
  'livingVerbs',
  /** Words for a body of any kind ("which company", "which firm"): any organisation a sentence names is one. */
  'bodyKindNouns',
  /** Verbs of holding an office ("who ran <a body> before <A>"): whoever held it another time. */
  'holdingVerbs',
  /**
   * Phrases whose head is not meant literally ("a war of words", "a price war"): its head (before "of", else the
   * last word) found only there does not confirm a claim of the thing itself ("is there a war").
   */
  'figurativePhrases',
  /** After "how", words that ask how far apart ("how close", "how near"): a distance, as "how far" does. */
  'distanceWords',
  /** After "how", words that ask for a speed ("how fast"): so much in so much time, "20 metres an hour". */
  'speedWords',
  /** Words that make a sum a rate ("per", "annual", "salary"): a rate asked is not answered by a one-off sum. */
  'rateWords',
  /** Words before a unit of time that make a sum a rate ("a year", "every month"). */
  'rateArticles',
  /** Verbs of working for a side or a body ("does <A> work for <B>"). */
  'workVerbs',
  /** Nouns for what acts are meant to serve ("the bigger goal"). */
  'goalNouns',
  /** Words that put a goal beyond the acts asked about ("the bigger goal", "the goal behind it"). */
  'beyondWords',
  /** Words that ask for the events before another ("what led up to", "prior to"). */
  'timelineBefore',
  /** Words that ask for the events after another ("what happened next", "since"). */
  'timelineAfter',
  /** Words that ask for the first event of the timeline ("what happened first"). */
  'timelineFirst',
  /** Phrases that ask for the events in order ("walk me through it", "the key dates"). */
  'timelinePhrases',
  /**
   * Nouns for events held one after another ("are these talks part of a series", "what's the series called"): the
   * name a numbered round is of.
   */
  'seriesNouns',
  /** Words before an event's noun that say which one, not what kind ("the same talks", "the next round"). */
  'notKindWords',
  /** Words that close a claim put up for checking ("..., right", "... yeah"). */
  'claimTags',
  /** Verbs that only say an event is or is held ("were these <X> talks", "are they having <X> elections"). */
  'eventHoldingVerbs',
  /** Word forms that report someone's words in a sentence ("said", "told", "according"). */
  'speechForms',
  /** Words for a vote ("the vote", "how did they vote", "the ballot"), for questions of its tally. */
  'voteNouns',
  /** Words a sentence reports a vote's outcome with ("passed", "approved", "a 5-4 ruling", "unanimously"), beside the vote's own words. */
  'voteActWords',
  /** Words asking a vote's tally ("the result of the vote", "how did the vote go", "was it unanimous"). */
  'voteResultWords',
  /** Words for the votes cast in favour ("how many voted for it", "in favour"). */
  'voteForWords',
  /** Words for the votes cast against ("how many voted against", "opposed"). */
  'voteAgainstWords',
  /** Words that ask for the last event of the timeline ("the most recent", "the latest"). */
  'timelineLatest',
  /** Words a greeting or a thank-you is made of ("hi there bot", "thanks a lot"). */
  'greetingWords',
  /** Words of thanks, which a greeting answers in kind. */
  'thanksWords',
  /** Words of small talk that may go with a greeting ("how is it going", "thanks so much mate"). */
  'smallTalkWords',
  /** Phrases that ask when someone took up or left a role ("when did he stop being ..."). */
  'changeOfRolePhrases',
  /** Words that ask when an event ended ("when did the talks wrap up"). */
  'endWords',
  /** Words that ask when an event began ("when did the talks kick off"). */
  'startWords',
  /** Nouns "how many" may count people by, whatever their role ("how many officials"). */
  'countedPeopleNouns',
  /** People counted by a rank they hold ("how many military officers are named"). */
  'rankedPeopleNouns',
  /** Roles "how many" may count people by ("how many generals"). */
  'countedRoles',
  /** Verbs too light to name what took a length of time ("how long did it take"). */
  'elapsedLightVerbs',
  /** Words that put two events apart in time; without one, a length asked of one event is its duration. */
  'apartWords',
  /** Nouns the quantity intent counts otherwise: rounds of one event, times, days. */
  'notEventNouns',
  /** Words a claim may give good relations by ("are relations warm"). */
  'goodStanding',
  /** Words that call two parties friends ("are <A> and <B> friends again"), a good standing claimed of them. */
  'friendWords',
  /** Verbs of caring about something ("why does <a country> even care"), answered by what it disputes there. */
  'concernVerbs',
  /** Verbs of taking a view of what someone said ("did <A> agree with that"), which no act agreed on answers. */
  'stanceVerbs',
  /** Verbs of making a thing ("when was <X> built"), which no other act a sentence dates stands for. */
  'creationVerbs',
  /** Words after a verb of taking a view that stand for something said ("with that", "with his view"). */
  'statementAnaphors',
  /** Verbs of making someone act ("what did <A> do that made <B> ..."), asking for the act the other's answered. */
  'causingVerbs',
  /** Words a claim may give bad relations by ("are relations strained"). */
  'badStanding',
  /** Words that claim one thing caused another ("did it lead to", "in response to"). */
  'causeWords',
  /** Nouns that stand for whatever was named before them ("the <body> thing"). */
  'vagueNouns',
  /** Words of chat between a name and the title claimed for it ("is <person> like the ..."). */
  'hedges',
  /** Nouns of a role that a claim may give someone ("is <person> the minister"). */
  'claimedRoleNouns',
  /** Words that make a title a lesser or stand-in office ("deputy <title>" is not the <title>). */
  'subordinateQualifiers',
  /** Military ranks and titles a question may claim (language, not facts about anyone). */
  'ranks',
  /** Words for what an office covers ("covers", "handles" and "oversees" are read as "responsible"). */
  'coverWords',
  /** Nouns for someone's office or post ("what does <person>'s office focus on": what their title is for). */
  'officeNouns',
  /** Verbs of belonging to a department ("works for", "serves in"). */
  'belongVerbs',
  /** Verbs of coming from a country ("comes from", "hails from"): with being, what a nationality settles. */
  'originVerbs',
  /** Phrases asking whether something exists or goes on ("is there", "going on"), of a thing the article names. */
  'existentialPhrases',
  /** Pronouns for some person or other ("anyone", "somebody"): no one named. */
  'indefinitePeople',
  /** Words claiming an event worked ("did it work", "was it a success"), answered by the progress reported. */
  'successWords',
  /** Phrases claiming how people get on ("get along"), whose light verb claims nothing by itself. */
  'standingPhrases',
  /** Words asking whether something goes on ("still", "anymore"): of a later time, past what the article reports. */
  'continuingWords',
  /** Words of doing something again ("resume", "restore"), which bear out "again" in a claim. */
  'resumingWords',
  /** Titles of whoever leads a country ("who leads <a country>"): its top office, not any title with "chair". */
  'headOfStateTitles',
  /** Words for talking by telephone, which a virtual meeting need not have been ("the phone call between <A> and <B>"). */
  'phoneWords',
  /** A question's last word that asks of a time before what the article reports ("been there before?"). */
  'earlierTimeTails',
  /** Verbs that name no event in a claim of order ("did it happen before ..."). */
  'genericOrderVerbs',
  /** Words that ask whether something was discussed ("was it raised", "regarding"). */
  'discussWords',
  /** Phrases that ask whether something was discussed ("bring up", "talk about"). */
  'discussPhrases',
  /** Words for a topic itself, not what it is about. */
  'topicNouns',
  /** Nouns for what was talked about that say what is asked, no word of the answer ("what topics did they cover"). */
  'askedTopicNouns',
  /** Nouns for a share of a whole ("what percentage of <them>"), which a sentence must give of the same whole. */
  'shareNouns',
  /** Words whose equivalents (data/language/equivalents.json) are their verb's only: "the new rule" is no order. */
  'verbSenseGroups',
  /** Words that ask whether two events were separate ("different", "unrelated"). */
  'separateWords',
  /** Nouns "the same ..." may take when it asks whether two events are one ("the same meeting"). */
  'oneEventNouns',
  /** Verbs that name no event in a claim about one ("did it take place", "did he attend"). */
  'genericEventVerbs',
  /** Phrases that claim a meeting was held in person. */
  'inPersonPhrases',
  /** Words for the article itself after "about"/"on", which ask for its summary, not a topic ("what is this story about"). */
  'summaryArticleWords',
  /**
   * Nouns for a news story as a whole ("summarise the situation", "what's the dispute about"): when the article never
   * uses the word, they stand for its story, and ask for its summary.
   */
  'storyNouns',
  /** Words a request for the whole story may have besides its word for the story ("can you quickly sum up the whole situation"). */
  'storyRequestWords',
  /** Words for a body of any kind ("the club's president"), which stand for the organisation named last. */
  'anyBodyNouns',
  /** Nouns that ask for the disputes themselves ("which issues divide them?"). */
  /** Words that claim a dispute between parties ("are they in a feud"); war and armed conflict are not among them. */
  'disputeClaimWords',
  /** Words that put something up as part of a dispute ("a reason for tension", "mentioned as a source of friction"). */
  'disputeFrameWords',
  /** Words that ask how someone answered an event ("how did <A> respond to <B>"). */
  'reactionWords',
  /** Phrases that ask what followed from an event ("what happened because of <X>", "what came of <X>"). */
  'consequencePhrases',
  /** Verbs that, after "what did <X>", ask what it brought about ("what did <X> lead to"). */
  'consequenceVerbs',
  /** Words of one thing doing something to another ("adds complexity to", "complicates", "fuels"), stems of verbs. */
  'effectWords',
  /** Words asking what something brings about ("how's that affecting things", "what effect does that have"). */
  'effectAskWords',
  /** Verbs of harming a relationship ("what is straining it"): asking them asks for its troubles. */
  'strainVerbs',
  /** Nouns for what someone argued, after their name ("<person>'s main point"). */
  'pointNouns',
  /** Verbs of what a title covers, with a place noun ("which places does <person> cover"). */
  'scopeVerbs',
  'disputeWords',
  /** Words that ask for someone's role or title ("what is his position", "what is she responsible for"). */
  'roleQuestionWords',
  /** Verbs of what someone said or pressed for ("what did <person> tell ...", "push for"). */
  'whoIsSayingVerbs',
  /** Words that ask about someone's past or life, not their part in the article. */
  'careerWords',
  /** Verbs that ask who is in the article, not what they did. */
  'mentioningVerbs',
  /** Words that ask whether the article quotes someone ("is there a quote from <a side>"). */
  'quoteWords',
  /** Words that give what follows as someone's own words ("who called it 'X'", "did <A> say 'X'"), inflected. */
  'wordingWords',
  /** Verbs of naming something so ("who called the talks candid", "described it as frank"), as lemmas. */
  'callingVerbs',
  /** Words just before the one "what will <A> do next" asks after ("what's next for <A>"). */
  'nextActorLeadWords',
  /** Kinds of event a follow-up would be ("any follow up?" after a meeting). */
  'followUpKinds',
  /** Phrases that ask for a total ("how many <X> have there been"). */
  'totalCountPhrases',
  /** Words between "how many" and the thing counted ("how many of these <talks>"). */
  'countedLeadWords',
  /** Words that end a clause ("<A> runs 142 shops and <B> runs 88"): a name before one is not the subject after it. */
  'clauseBreakWords',
  /** Verbs of deciding to do something ("agreed to restart <X>"): the decision is what led to the act decided on. */
  'decisionVerbs',
  /** Nouns for a decision ("the agreement"): asked what led to it, the decision itself is no answer. */
  'decisionNouns',
  /** Nouns for something written or issued that says things ("the joint statement", "the readout"): a sayer of its own. */
  'documentNouns',
  /** Verbs of what someone or something is called ("why is <X> called <Y>"): a name's reason, which articles rarely give. */
  'namingVerbs',
  /** Nouns that ask for people whatever their role ("which <nationality> officials are mentioned?"). */
  'anyPersonNouns',
  /** Nouns for the organisation someone belongs to. */
  'organisationNouns',
  /**
   * Words for a business ("which company", "what firm"): an organisation is asked for; and the words an article
   * calls one back by ("the winery").
   */
  'businessNouns',
  'peopleNouns',
  /** Words that ask for the people who matter most ("the key people", "the main players"): a listing of them. */
  'prominenceWords',
  /** Nouns for what a whole story comes to ("what's the takeaway here?"): asked of nothing named, the article's summary. */
  'upshotNouns',
  /** Verbs of having something done to one ("could face a fine"): the sentence may give the act alone, "could fine". */
  'undergoVerbs',
  /** Verbs whose object may be whoever receives ("what has <A> promised the workers"): the sentence may leave them out. */
  'recipientVerbs',
  /** Words for an earlier version of a thing ("the old market"), which a later one's word rules out. */
  'earlierVersionWords',
  /** Words for a later version of a thing ("the new market"), which an earlier one's word rules out. */
  'laterVersionWords',
  /** Kinds of institution ("which school"): a body's name answers, a place's does not. */
  'institutionNouns',
  /** Nouns for an effort still under way ("the effort to resume <X>"): what follows them is sought, not done. */
  'effortNouns',
  'hostWords',
  'bareHappenedWords',
  'importanceWords',
  'supportVerbs',
  'departmentNouns',
  /** What a name or title is written in ("why is <a place> in his title"). */
  'wordingNouns',
  /** Words that ask why relations are as they are ("why are ties strained"). */
  'relationshipWords',
  /** Words that date a claim by another event ("after <person>'s visit"). */
  'relatingWords',
  /** Words that give an event named just after them as the reason for an act: "severed ties over <a visit>". */
  'causeLinkWords',
  /** Words asking for the office someone holds ("what is <A>'s job title"), not their rank or part in an event. */
  'officeQuestionWords',
  /** Words claiming someone is no soldier ("was <A> a civilian?"), which a military rank given contradicts. */
  'civilianWords',
  /** Particles of a phrasal verb, between the verb and its object: "cut off <the talks>". */
  'verbParticles',
  /** Verbs of saying something (not "talk", which asks what was discussed). */
  'claimSayingVerbs',
  /** Words that ask what a meeting was about ("what did they discuss", "what was on the agenda"). */
  'topicWords',
  /** Words before "about" that ask for everything about a thing, not its topics ("tell me about <X>"). */
  'overviewBeforeAbout',
  /** Verbs that ask who took part, whatever the event ("Who represented <a country>?"). */
  'participationVerbs',
  'representVerbs',
  'sideWords',
  /** Words that ask for a person or side ("which official", "what country"). */
  'whoDidPersonNouns',
  /** Verbs of meeting someone: said of one side, they ask for the other. */
  'whoDidMeetingVerbs',
  /** Roles a question may ask who holds ("<a place>'s next president"): asked of an event, nobody in it holds them. */
  'heldRoles',
  /** Offices a title names outright; holding another rules one out ("made by the defense ministers?"). */
  'officeWords',
  /** Words that ask who held an office at another time ("who was <title> before <A>"). */
  'successionWords',
  /** Words that claim something of every one of a kind ("did all the parties join?"). */
  'universalWords',
  /** Places finer than a city, which a "which ...?" asks for and an article seldom names. */
  'spots',
  /** Nouns for one party to a meeting, after its country ("the guy who led the <demonym> side"). */
  'sideNouns',
  /** Words that make a claim about another occasion besides the one known ("did <A> also meet <B>"). */
  'alsoWords',
  /** Words that ask what something is chiefly about ("is the article mostly about <X>"). */
  'mainlyWords',
  /** Words that ask what someone said or thinks ("what did he push for", "her stance"). */
  'sayWords',
  /** Words after which "of" or "on" gives what a view is about ("<A>'s take on <X>", "think of <X>"). */
  'topicLeadWords',
] as const;
export type CueList = (typeof NAMES)[number];

/** The names of lists declared twice (two meanings given one list); none, or the file is refused. */
export const namesTwice = (): string[] => NAMES.filter((name, i) => NAMES.indexOf(name) !== i);

const words = z
  .array(z.string().regex(/^[a-z'][a-z' -]*$/, 'lower-case words'))
  .refine((list) => new Set(list).size === list.length, 'no word twice');
const schema = z
  .object({ _about: z.string().min(1), ...Object.fromEntries(NAMES.map((name) => [name, words])) })
  .strict();

/** Each list as a set (for lookups), and as the array it is in the file (in its order). */
export type CueWords = { readonly [K in CueList]: ReadonlySet<string> } & {
  readonly lists: { readonly [K in CueList]: readonly string[] };
};

/** Reads and validates data/language/cue-words.json (throws a ZodError on a bad file). */
export function readCueWords(dataDir: string): CueWords {
  const twice = namesTwice();
  if (twice.length > 0) throw new Error(`cue-word lists declared twice: ${twice.join(', ')}`);
  const data = schema.parse(
    JSON.parse(readFileSync(join(dataDir, 'language', 'cue-words.json'), 'utf8')),
  ) as unknown as Record<CueList, string[]>;
  const lists = Object.fromEntries(NAMES.map((name) => [name, data[name]]));
  const sets = Object.fromEntries(NAMES.map((name) => [name, new Set(data[name])]));
  return { ...sets, lists } as unknown as CueWords;
}

/** Read once per data folder. */
const loadOnce = oncePerDataDir(readCueWords);
/** @example cueWords().happenings.has('incident') // true */
export const cueWords = (dataDir: string = findDataDir()): CueWords => loadOnce(dataDir);
