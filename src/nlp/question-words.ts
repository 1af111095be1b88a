/**
 * The vocabulary of asking: words a question may use that say how it asks, not what it is about. A content
 * word outside these, the article and the fact store's aliases means the question is about something the
 * article does not cover. Facts never go here.
 */
export const QUESTION_WORDS = [
  'delegation delegate representative leader venue location date reason purpose outcome topic agenda',
  'chronology timeline summary role position job rank title nationality city name kind type number length',
  'duration format event events history background trip session friction cause happen occur describe',
  'explain summarize summarise tell know mean detail details information info article story news report',
  'mention list show give find anything something everything exactly roughly approximately basically',
  'really actually originally currently recently involved participate attend represent lead head host',
  'visit meet chair serve work country countries nation nations side sides person people individual',
  'guy man woman official officials military online virtually remote remotely physically face',
  'meeting week weekday year month day time ago long many much improve better worse progress state',
  'status going good bad warm friendly great fine normal healthy tense rocky hostile cold difficult',
  'troubled positive stable disagree disagreement contention contentious divide quarrel odds upcoming',
  'subsequently earlier later prior precede follow following next emphasise emphasize stress warn',
  'caution urge argue believe think view opinion stance insist assert highlight statement concern',
  'consider matter important responsible responsibility function post office profile call sort shoot',
  'destroy cut break suspend halt freeze stop terminate agree deal decide restart resume reopen restore',
  'vote voting ballot hold conclude finish wrap end begin start chronological sequence order happening',
  'general generals talk talks discuss discussion place',
  'participant participants attendee attendees involved counterpart counterparts real true false right',
  'correct wrong sure confirm article source quote cite bot help hello thanks please question questions',
  'high low now right current currently main key major only back terms getting get working fight fighting',
  'thing things incident incidents sour soured warning build building monday tuesday wednesday thursday',
  'friday saturday sunday walk stand use command commands guy named name regions region responsible charge',
  'interest interests exist exists participate participated involve involved power powers superpower',
  'according piece text reading read picture bigger fit fits curiosity curious stay put run ran right wrong',
  'deal thing things stuff matter context mean meaning meant exact precise precisely',
  'folks folk bother bothering reckon wait sorry lol remind lose lost track care caring push pushing fix fixed',
  'guess figure happen whole mess kick sort okay yeah nope yep gist',
  'plug including include includes latest newest anyway honestly basically literally actually',
  'offer offered give gave provide provided express expressed voice voiced issue issued share shared',
  'strain strains straining seem seems appear appears look looks',
  'body water waters sea seas ocean',
  'make makes made superpowers rival rivals outcome result results significance importance everything completely fully',
  'pass passed elapse elapsed gap incident incidents thing things stuff whole',
  'worry worried worries concern concerned afraid fear feared scared hope hoped hoping want wanted',
  'forget forgot forgotten remember wonder wondering confused confusing try trying tried keep keeps bring bringing series',
  'doctor professor',
  // (When, relative to now: "did they already meet", "still strained".)
  'already still yet anymore',
  // (People described rather than named: "the only woman in the article", "the female politician".)
  'woman female politician',
  // (How a meeting was held.)
  'zoom facetime skype webex videoconference irl',
  'nutshell sentence suppose supposed point brief briefly short quick quickly overall',
  // (What something is for: "the goal of this whole process".)
  'goal goals aim aims objective objectives process',
  // (Chat interjections: how a member talks, never what is asked about.)
  'ngl tbh smh bruh lmao lmfao omg fr lowkey highkey istg ikr imo imho welp ya ok hmm huh dude bro',
].join(' ');
