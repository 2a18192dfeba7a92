"""Find quotes, their cues and speakers: the rule-based core of attribution.

Per sentence (sentences never split inside quote marks):

1. *Frames* are cue words outside quote marks ("said", "according to", "заявил") with the
   speaker phrase next to them: on the left ("Lavrov said"), on the right ("said Lavrov",
   "a déclaré M. Lavrov"), across an appositive ("Ryabkov, the deputy minister, said") or, for
   participles ("..., saying:"), the subject at the start of the clause.
2. A quote-mark stretch attached to a frame ("X said: \\"...\\"", "\\"...,\\" X said") that reads as a
   whole utterance is a **direct** quote; a fragment inside a reported clause ("X called it
   \\"a disgrace\\"") makes that clause a **mixed** quote; a stretch with no frame that opens a
   sentence or a paragraph is a direct quote whose speaker comes from context (the previous quote
   in the paragraph, the "X said:" that ends the previous paragraph, the last speaker nearby).
   Other stretches are scare quotes and titles, not quotes.
3. A frame left over whose clause has no quote marks is an **indirect** quote: the clause after
   the cue ("said (that) ..."), the clause before it ("..., X said."), or the sentence around an
   "according to X".
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from spinscope.attribution.lexicon import (DASHES, GENERATED, OPENERS, PARTICIPLE_CUES, QUOTE_CHARS, WEAK_CUES, common_words,
                                           Lexicon)
from spinscope.attribution.speakers import (PRONOUN_SUBJECTS, source_nouns, NEWS_AGENCIES, ARTICLE_PARTICLES, BODY_NAME_LINKS, DOCUMENTS, GENITIVE_ADJECTIVE_ENDINGS, GENITIVE_ENDINGS, SURNAME_STOP_WORDS, TAIL_PARTICLES, GENITIVES, GERMAN_NOUN_SUFFIXES, TITLE_COORDINATORS, FEMALE_NOUNS, FEMININE, MALE_NOUNS, MASCULINE, Entity, EntityRegistry, bare,
                                           SURNAME_PARTICLES, COUNTING_WORDS, country_of, is_agency_word, is_bare_name,
                                           plural_common, strip_possessive)
from spinscope.attribution.text import Stretch, Token, split_sentences, tokenize

PUNCT_BETWEEN = frozenset(",.;!?…") | DASHES
# unions tested per token: built once here, not at every test
PUNCT_OR_MARK = PUNCT_BETWEEN | QUOTE_CHARS
MARK_OR_DASH = QUOTE_CHARS | DASHES
# "la présidente du Rassemblement national", "il ministro degli Esteri"
GENITIVE_LINKS = frozenset("du des della del degli dei delle di der des of".split())
# the links between a role and what it is the role of ("ministre de l'Intérieur", "ministro degli Esteri")
ROLE_LINKS = GENITIVE_LINKS | frozenset("de d' d’ dello dell' dell’".split())
ELIDED_LINKS = frozenset("dell' dell’ d' d’ dall' dall’".split())  # a link fused with its noun: "dell'interno"
# languages that drop subject pronouns: a cue with no subject is the last speaker's
DASH_SPEECH = frozenset("pl ru".split())
# genitive endings of adjectives and nouns (a body's name after its role: "Sztabu Generalnego", "Запорожской области")
GENITIVE_NOUN_ENDINGS = {"pl": ("u", "a", "y", "i"), "ru": ("а", "я", "ы", "и")}
# prefixes before a role noun ("europosłanka", "wicemarszałek", "вице-спикер", "экс-депутат")
ROLE_PREFIXES = {"pl": ("euro", "wice", "eks-", "eks"), "ru": ("вице-", "экс-", "евро")}
# past tense and third person present of Polish and Russian verbs ("поправил", "ответила", "пишет", "odparł")
DASH_TAG_ENDINGS = {"ru": ("л", "ла", "ли", "лся", "лась", "лись", "ет", "ит", "ат", "ят"),
                    "pl": ("ł", "ła", "li", "ły", "ał", "ała", "uje", "ije")}
# languages marking the genitive by case, not by a word ("глава делегации", "rzecznik rządu")
CASE_LANGS = frozenset("pl ru".split())
# a surname in the genitive, adjectival Russian ones included ("Berlusconiego", "Навального")
NAME_GENITIVE_ENDINGS = GENITIVE_ENDINGS + ("ого", "его")
PRO_DROP = frozenset("it pl ru es".split())
NEGATIONS = frozenset("not never no ne nicht nie non nie не".split())
CONJUNCTIONS = frozenset("and but et mais und aber e ma i oraz ale и но а".split())
# words after a cue that start no reported clause ("warned of", "заявили о")
CONTRASTIVE = frozenset("but mais aber ma ale но а".split())
CLAUSELESS = frozenset("to of about for in on with by at о об про в на o w na à di von über zu auf".split())
PREPOSITIONS = frozenset("in at from on with for à en dans aus bei in a da w we в на ad al alla allo ai agli alle "
                         "au aux".split())
# what _as_report gives for an "as" phrase that only names the source of the report after it
AS_SOURCE_ONLY = (-1, -1)
OF_WORDS = frozenset("of de di von z из".split())
# verbs whose object is the addressee, never the speaker ("told the Jezebel website")
ADDRESSEE_VERBS = frozenset("tell tells told telling".split())
# words that with a following "that" make a subordinating conjunction ("a meno che", "prima che", "avant que",
# "sans que", "so that", "such that", "so dass", "ohne dass", "tak że", "так что", "до того как")
CONJUNCTION_HEADS = frozenset("""meno prima dopo senza finché fino purché affinché sicché cosicché modo visto dato
avant après moins sans pour afin bien alors tandis dès depuis lors parce pendant sorte
so such now given provided except ohne anstatt statt sodass
tak zanim chyba póki
так того тех""".split())
QUESTION_WORDS = frozenset("how why what whether if when where who which".split())
# English cues that report a clause without "that" ("said the talks were over")
BARE_CLAUSE_VERBS = frozenset("""say says said saying tell tells told claim claims claimed argue argues
argued insist insists insisted warn warns warned contend contends contended add adds added adding
believe believes maintain maintained assert asserted allege alleges alleged""".split())
# bare-clause cues with a common sense taking an amount as object ("added 20 tons of gold", "claimed 300 lives",
# "maintained over 40 bases"): no clause follows an amount unless its subject and verb do
OBJECT_SENSE_CUES = frozenset("add adds added adding claim claims claimed maintain maintains maintained".split())
QUANTITY_OBJECTS = frozenset("more less another over nearly almost roughly around approximately about some several "
                             "half one two three four five six seven eight nine ten dozens hundreds thousands millions "
                             "billions".split())
AUXILIARIES = frozenset("is was were are has had have will would be been".split())
# English irregular pasts, which "-ed" misses ("explained he went to Jordan", "said they knew")
IRREGULAR_PASTS = frozenset("""went came saw knew thought told found gave felt became left kept began brought held
stood ran wrote spoke paid met sent built lost won fell led chose drove rose grew spent sold bought caught fought
taught meant understood broke hid took got made did said heard put set let cut hit hurt shot quit read
sought forgot forgave flew threw drew wore tore swore struck stole stuck slept""".split())
NOT_SPEAKERS = frozenset("please perhaps maybe old last use also just even still yet now then here there thus "
                         "instead indeed rather".split())
# the listener a cue names before its subject, in the dative ("mówią | nam | eksperci", "рассказали | нам | в
# пресс-службе", "sagten | uns | Experten"): never part of the speaker phrase (possessive forms such as "jej",
# "ihr", "её" are left out, they open a phrase: "jej rzecznik")
LISTENER_PRONOUNS = {"pl": frozenset("nam mi mu im wam".split()), "ru": frozenset("нам мне ему ей им вам".split()),
                     "de": frozenset("uns mir ihm ihnen".split()), "en": frozenset("us me".split())}
FIRST_PERSON = frozenset("i we je j nous io noi ich wir ja my я мы".split())
# the writer's own "I" outside quote marks, per language: a first person of one language is a function
# word of another (Polish "I dodała" = "And she added", Italian "I manifestanti" = "The protesters")
WRITER_PRONOUNS_BY_LANG = {"en": frozenset(["i"]), "fr": frozenset(["je", "j"]), "it": frozenset(["io"]),
                           "de": frozenset(["ich"]), "pl": frozenset(["ja"]), "ru": frozenset(["я"]),
                           "es": frozenset(["yo"])}
WRITER_PRONOUNS = frozenset().union(*WRITER_PRONOUNS_BY_LANG.values())
# auxiliaries and clitics that end a speaker phrase outside English ("Putin l’ha", "Joe Biden ayant")
CLAUSE_WORDS = frozenset("""a ont avait avaient était est sont ayant se s'est s'était l'a l'avait ha hanno aveva
avevano è era sono si ci l'ha l'aveva hat haben ist sind war wurde się jest był była было был была это
être d'être essere stato stata""".split())
# prepositions per language: a phrase that opens with one, or follows one, is that preposition's object,
# not a speaker ("Zu den Ursachen erklärte ...", "devant la résistance du public dit", "a quanto riporta")
PHRASE_PREPOSITIONS = {
    "en": frozenset("in at on from with for into about after before during under over without within".split()),
    "fr": frozenset("à en dans sur sous par pour avec sans chez devant derrière après avant pendant malgré contre "
                    "vers entre".split()),
    "de": frozenset("in im an am auf für mit ohne nach vor bei vom zu zum zur aus über unter durch gegen "
                    "seit während trotz wegen dank gegenüber".split()),
    "it": frozenset("a in su con per tra fra da nel nella nelle nei negli sul sulla dal dalla al alla ai agli "
                    "alle durante dopo senza verso".split()),
    "pl": frozenset("w we na z ze o po przy dla przez pod nad przed od do za u".split()),
    "ru": frozenset("в во на с со о об по при для через под над перед от до за у из к".split()),
}
# a transcript line: a short capitalised name (up to four words), a colon, the words spoken
DIALOGUE_LINE = re.compile(r"[ \t]*((?:[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹĆŃÓ][\w’'.-]*[ \t]+){0,3}[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹĆŃÓ][\w’'.-]*):[ \t]+(\S)")
# one-word "according to" cues that are mostly prepositions or comparisons ("per il Paese", "il secondo
# Paese", "Staaten wie Polen"): a source only at a clause boundary ("Per il New York Times ...", ", secondo
# Piccoli", ", wie Peskow sagte")
AMBIGUOUS_ACCORDING = {"it": frozenset("per secondo".split()), "de": frozenset(["wie"])}
# impersonal subjects: nobody in particular ("Si l'on résume", "man sagt")
IMPERSONAL = {"fr": frozenset("on l'on l’on".split()), "de": frozenset(["man"])}
# German media and document nouns, also ending compounds ("Nachrichtenportal", "NATO-Bericht")
GERMAN_SOURCE_NOUNS = ("zeitung", "portal", "blatt", "magazin", "sender", "agentur", "bericht", "studie",
                       "register", "umfrage", "medien", "behörde", "amt", "ministerium", "regierung", "partei")
# Italian articulated prepositions elided before a noun ("Nell'articolo si spiega")
ELIDED_PREPOSITIONS = ("nell'", "nell’", "all'", "all’", "dall'", "dall’", "sull'", "sull’")
# a negation never stands inside a speaker phrase ("ne cessent de dire", "Non avendo vinto")
PHRASE_NEGATIONS = frozenset("not never ne n' n’ non nicht kein keine nie не ни".split())
# gerunds and participles that open a sentence ("Accusant ...", "Non avendo vinto ...", "Attaqué sur ...")
GERUND_ENDINGS = {"fr": ("ant",), "it": ("ando", "endo"), "es": ("ando", "iendo")}
OPENING_PARTICIPLE_ENDINGS = {"fr": ("é", "ée", "és", "ées"), "it": ("ato", "ata", "ati", "ate", "ito", "ita")}
# adverbs and emphatic pronouns that end a speaker phrase ("Yuri Knutov a récemment", "Джо Байден даже
# бесцеремонно", "le gouvernement britannique lui-même")
ADVERB_SUFFIXES = {"en": ("ly",), "fr": ("ment",), "it": ("mente",), "es": ("mente",), "de": ("weise",), "ru": ("но",)}
PHRASE_END_WORDS = frozenset("""himself herself itself themselves lui-même elle-même eux-mêmes elles-mêmes
soi-même selbst stesso stessa stessi stesse sam sama sami samo сам сама сами само даже также тоже уже ещё
еще вновь снова лично""".split())
# words standing between a subject and its verb that belong to the clause, not to the speaker's name: adverbs of
# sequence or contrast and clitic or emphatic pronouns ("Deklaracja | dalej stwierdza", "В Вашингтоне | после этого
# заявили", "Le commandement militaire ukrainien | a lui relevé", "Il ministro | invece ha detto"); per language,
# as word tuples closing the phrase
SUBJECT_TRAILERS = {lang: tuple(tuple(w.split()) for w in words.split(",")) for lang, words in {
    "pl": "dalej,natomiast,zaś,z kolei,ponownie,wcześniej,później,następnie,wreszcie,jednak,przy tym,tymczasem,"
          "w odpowiedzi,po tym,w swoim wystąpieniu",
    "ru": "же,после этого,затем,в свою очередь,при этом,ранее,позже,позднее,впоследствии,однако,в ответ,потом,"
          "тогда,сегодня",
    "fr": "lui,leur,elle,eux,quant à lui,quant à elle,pour sa part,de son côté,ensuite,toutefois,cependant,"
          "également,aussi,alors,lui aussi,elle aussi",
    "it": "invece,dal canto suo,da parte sua,a sua volta,inoltre,poi,però,quindi,allora,infine",
    "de": "seinerseits,ihrerseits,dagegen,hingegen,wiederum,jedoch,zudem,daraufhin,dann,nun",
    "en": "in turn,for its part,for his part,for her part,meanwhile,then,later,however",
}.items()}
# words of time that open an adverbial, not a speaker ("Parę dni temu napisała", "W czwartek późnym wieczorem")
TIME_WORDS = frozenset("""ago yesterday today tonight morning evening night monday tuesday wednesday thursday
friday saturday sunday hier aujourd'hui aujourd’hui soir matin lundi mardi mercredi jeudi vendredi samedi
dimanche gestern heute abend morgen ieri oggi sera mattina lunedì martedì mercoledì giovedì venerdì sabato
domenica temu wczoraj dziś dzisiaj wieczorem rano wieczór poniedziałek wtorek środę środa czwartek piątek
sobotę sobota niedzielę niedziela назад вчера сегодня вечером утром понедельник вторник среду четверг пятницу
субботу воскресенье""".split())
# quantity words that are never a speaker on their own ("Molto è stato detto")
QUANTITY_WORDS = frozenset("much many beaucoup peu viel viele wenig molto molti molta tanto tanti poco pochi "
                           "tutto tutti wiele dużo mało много мало всё все".split())
# English participles without -ed ("A health alert sent Wednesday said")
IRREGULAR_PARTICIPLES = frozenset("sent made given taken written seen shown known held brought built found "
                                  "kept left put set spent won".split())
QUANTIFIERS = frozenset("some many most several few all no".split())
# words opening an unnamed speaker's noun phrase ("every person", "her team", "one resident")
REFLEXIVE_CLITICS = frozenset("se s' s’ si".split())
REFLEXIVE_CLITICS_LANGS = frozenset("fr it es".split())
GERMAN_NOMINATIVE_ARTICLES = frozenset("der die das ein eine".split())  # an article of a subject
ARTICLE_LANGS = frozenset("fr it es de".split())  # languages whose unnamed subjects open with an article
UNNAMED_DETERMINERS = frozenset("the a an his her their its our every each one some many several most".split())
ADMISSION_VERBS = frozenset("acknowledge acknowledges acknowledged admit admits admitted concede concedes conceded".split())
MODALS = frozenset("will would can could should may might must shall".split())
# German modal and future auxiliaries: an infinitive before one is no cue ("warnen müssten", "sagen wird")
GERMAN_MODALS = frozenset("""muss musste müsse müsste müssten müssen kann konnte könne könnte könnten können soll
sollte sollten sollen will wollte wollten wollen darf durfte dürfte dürften dürfen wird würde würden werden
möchte möchten mag""".split())
SUBJECT_PRONOUNS = frozenset("he she they we i".split())
FINITE_AUXILIARIES = frozenset("is was were are has had have".split())
# words before a number or a fraction opening a clause's subject ("about half of the housing was built")
APPROXIMATORS = frozenset("about nearly almost roughly around approximately over some".split())
AMOUNT_WORDS = frozenset("half one two three four five six seven eight nine ten dozens hundreds thousands millions "
                         "a third quarter".split())
# the verb follows a sentence-initial source directly ("Laut Bölke heizen ...", "Według Ławrowa są ...")
V2_LANGS = frozenset("de pl ru".split())
# a byline after a quoted title: '"...," by Phil Willon', '« ... », par Jean Dupont'
CITATION_BYLINE = re.compile(r"[\s,]*(?:by|par|von|di|autorstwa)\s+[A-ZÀ-ÖØ-Þ]")
# languages that capitalise only the first word of a title («Святое семейство», „Ustawa ratunkowa“): marks
# opening on a capital inside a sentence set off a title or name there, not a speaker's fragment
SENTENCE_CASE_TITLES = frozenset("fr it pl ru".split())
# verbs that characterise someone in quoted words ("praised X as a “very great man”")
CHARACTERISING = frozenset("""defended defends defending praised praises praising denounced denounces
denouncing hailed hails hailing labelled labeled labelling labeling branded brands branding described
describes describing called calls calling call dubbed label labels dub dubs brand
slammed slams blasted blasts dismissed dismisses condemned condemns decried decries derided derides
mocked mocks ridiculed ridicules
qualifié qualifiée qualifie qualifient qualifiant décrit décrite décrivant traité traite traitant
definito definita definiti definisce definiscono definendo bollato bollata bolla
bezeichnete bezeichnet bezeichneten nannte nennt nannten
nazwał nazwała nazwali nazywa określił określiła określa
охарактеризовал охарактеризовала""".split())
# verbs that name what someone is with no linking word ("called it \"a disgrace\"", "la qualifie de", "nannte ihn")
NAMING = frozenset("""called calls calling call label labels labelled labeled labelling labeling dubbed dub dubs
branded brand brands qualifié qualifiée qualifie qualifient qualifiant definito definita
definiti definisce definiscono definendo bollato bollata bolla nannte nennt nannten nazwał nazwała nazwali
nazywa""".split())
# naming verbs whose complement, unquoted, still reports what someone called someone: the complement stands in
# the instrumental (Polish, Russian: "назвал победой здравого смысла решение", "nazwał go zdrajcą") or after "als"
# (German: "bezeichnete den Pass als sinnlos"); English "called", French "qualifie" name without a case
UNQUOTED_NAMING = {"ru": frozenset("назвал назвала назвали называет называют называл называла называли".split()),
                   "pl": frozenset("nazwał nazwała nazwali nazywa nazywają określił określiła określili".split()),
                   "de": frozenset("bezeichnete bezeichneten bezeichnet nannte nannten nennt".split())}
INSTRUMENTAL_ENDINGS = {"ru": ("ом", "ем", "ой", "ей", "ым", "им", "ами", "ями", "ыми", "ими"),
                        "pl": ("em", "ą", "ami", "ym", "im", "iem")}
# the word linking the characterised person to the quoted words ("as", "comme", "als", "jako", "как")
# "one of" an unnamed group after an inverted cue: "— написал один из комментаторов", "said one of the guards"
ONE_OF = frozenset("один одна одно one l'un l’un l'une l’une uno una jeden jedna jedno einer eine".split())
ONE_OF_LINKS = frozenset("из of des dei delle degli z ze der".split())
# object clitics (with their auxiliary) before a naming verb: "l'ha definita", "l'a qualifiée"
NAMING_CLITICS = frozenset("l'ha l'hanno lo la li le l'a l'ont".split())
AS_WORDS = frozenset("as comme come als jako mianem как de d' d’".split())
ADVERB_ENDINGS = ("mente", "ly")
# past participles opening an appositive: ", accompagné de Simonyan,", ", accompagnato da ..."
PARTICIPLE_ENDINGS = ("ed", "é", "ée", "és", "ées", "ato", "ata", "ati", "ate", "ito", "ita", "uto", "uta")
# German Konjunktiv I, the mood of reported speech ("er habe", "es sei", "das verhalte sich")
KONJUNKTIV_I = frozenset("""sei seien habe werde könne müsse solle wolle dürfe möge gebe wisse verhalte gehe komme
stehe liege bleibe handle handele brauche fehle gelte sehe halte lasse trage bestehe entspreche betrage drohe
diene erlaube erwarte gehöre arbeite plane führe durchführe benutze nutze setze spiele zeige bedeute
verfüge befinde beginne laufe unterstütze lehne finde stattfinde nehme treffe helfe spreche liefere mache
kenne glaube denke erhalte kämpfe verstoße widerspreche hänge reiche folge steige sinke wachse ende verlaufe
""".split())
# Konjunktiv II forms that stand in for Konjunktiv I in reported speech after a cue ("sagte, er würde ...")
REPORTED_K2 = frozenset("hätte hätten wäre wären würde würden könnte könnten müsste müssten sollte sollten".split())


def _konjunktiv_i(t) -> bool:
    """A lowercase German verb in the third person singular Konjunktiv I: one of the listed forms, or a form
    in -e beside a common indicative in -t ("schütze" by "schützt", "betreffe" by "betrifft" is listed)."""
    if t.is_capitalised:
        return False
    low = t.lower
    return low in KONJUNKTIV_I or len(low) > 4 and low.endswith("e") and low not in ("meine", "siehe") \
        and low[:-1] + "t" in common_words("de")


# the preposition of a headline's topic after a name ("Ziobro o certyfikatach:", "Путин о санкциях:")
HEADLINE_TOPIC = {"pl": ("o",), "ru": ("о", "об"), "en": ("on",), "de": ("über", "zu", "zum", "zur"),
                  "it": ("su", "sul", "sulla", "sui", "sugli", "sulle"), "fr": ("sur",)}
# speech verbs of headlines the cue lexicon lacks ("Tusk deklaruje:")
HEADLINE_VERBS = frozenset("deklaruje deklarują declares déclare dichiara erklärt заявляет".split())
# plural Konjunktiv II forms standing in for a Konjunktiv I that equals the indicative ("sie würden", "hätten")
K2_PLURAL_SUBSTITUTES = frozenset("würden hätten könnten müssten sollten".split())
# German separable cue verbs: the stem and the particles that close its clause ("hob ... hervor, dass")
GERMAN_SEPARABLE = {stem: frozenset(particles.split()) for stems, particles in (
    ("hob hebt", "hervor"), ("fügte fügt", "hinzu"), ("kündigte kündigt", "an"), ("stellte stellt", "klar fest"),
    ("teilte teilt", "mit"), ("räumte räumt", "ein"), ("gab gibt", "an zu"), ("wies weist", "hin"),
    ("warf wirft", "vor"), ("deutete deutet", "an"), ("führte führt", "aus"), ("merkte merkt", "an"),
    ("wandte wendet", "ein"), ("hielt hält", "fest"), ("machte macht", "deutlich klar"))
    for stem in stems.split()}
# pronoun objects that point back to the sentence before a cue ("Об этом заявил", "Lo ha detto", "Das sagte")
ANAPHORIC_OBJECTS = {
    "ru": (("об", "этом"), ("о", "том"), ("это",)),
    "pl": (("o", "tym"), ("to",)),
    "it": (("lo",), ("l'ha",), ("l'hanno",), ("è", "quanto"), ("questo",), ("a",)),
    "fr": (("c'est",), ("c'est", "ce"), ("ce", "sont"), ("cela",)),
    "de": (("das",), ("dies",), ("darüber",), ("davon",)),
    "en": (("that's", "what"), ("this", "is", "what"), ("that", "is", "what")),
}
ANAPHORIC_WORDS = {lang: frozenset(w for form in forms for w in form) for lang, forms in ANAPHORIC_OBJECTS.items()}
# "so" pointing back, alone before an inverted cue: "Tak twierdzi X", "Так заявил X" (the claim is the sentence or
# headline before)
ANAPHORIC_SO = {"pl": ("tak",), "ru": ("так",)}
# sentence adverbs that may stand inside the pointing-back words: "C’est en tout cas ce qu’affirme X", "Das
# jedenfalls sagte X", "Lo ha del resto detto X"
ANAPHORIC_FILLERS = {lang: tuple(tuple(w.split()) for w in words.split(",")) for lang, words in {
    "fr": "en tout cas,du moins,en effet,d'ailleurs,notamment,aussi,également,précisément,justement",
    "it": "almeno,infatti,del resto,comunque,anche",
    "de": "jedenfalls,zumindest,auch,jedoch",
    "en": "at least,also,exactly,precisely",
    "pl": "przynajmniej,właśnie,zresztą",
    "ru": "во всяком случае,по крайней мере,именно",
}.items()}
# prepositions naming whom someone tells ("a “La Repubblica” racconta", "à « Libération » confie")
DATIVE_PREPOSITIONS = frozenset("a ad al alla à au aux".split())
# a comment header's date or time: "24.02.2022", "14:35", "March 3, 2022", "5 hours ago", "вчера в 12:30"
COMMENT_DATE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?|"
    r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?|secondi|minuti|ore|giorni|"
    r"secondes|minutes|heures|jours|Sekunden|Minuten|Stunden|Tagen|sekund|minut|godzin[ay]?|dni|"
    r"секунд\w*|минут\w*|час\w*|дн\w*|недел\w*)\s+(?:ago|fa|temu|назад)\b|"
    r"\b(?:il y a|vor)\s+\d+\s+\w+|"
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:,\s*\d{4})?\b|\b(?:вчера|сегодня|yesterday|today|"
    r"ieri|oggi|hier|aujourd'hui|gestern|heute|wczoraj|dzisiaj)\b", re.IGNORECASE)
# words a comment header may hold besides the name and the date ("at", "um", "в", "|", "wrote")
COMMENT_FILLERS = frozenset("at on um am à alle o в и um le il am posted wrote commented reply replied "
                            "pisze napisał napisała пишет написал написала scrive écrit schreibt".split())
# "as" opening a parenthetical report ("As X said, ...", "comme le rappelle X, ...", "wie X sagte, ...")
AS_OPENERS = {"en": frozenset(["as"]), "fr": frozenset(["comme"]), "it": frozenset(["come"]), "de": frozenset(["wie"]),
              "ru": frozenset(["как"]), "pl": frozenset(["jak"]), "es": frozenset(["como"])}
# infinitive endings in French, Italian and Spanish ("livrer", "avoir", "essere", "decir")
ROMANCE_INFINITIVES = ("er", "ir", "re", "oir", "are", "ere", "ire")
# cues of a request or a promise: their "di"/"de" and infinitive is what was asked or promised, not a statement
REQUEST_CUES = frozenset("""chiesto chiede chiedono chiedeva invitato invita esortato esorta domandato domanda
demandé demande demandent exhorté exhorte invité invite prié prie appelé appelle pedido pide piden
promesso promette promis promet prometido promete minacciato minaccia menacé menace""".split())
# cues of a question: "asked how ..." reports no statement
ASKING = frozenset("ask asks asked asking wonder wonders wondered question questions questioned".split())
# "as" before a closing speech tag ("..., as X said", "..., come spiega X", "..., comme l'a dit X")
TAG_AS_WORDS = frozenset("as come comme wie jak как".split())
# words governing a genitive name in Russian and Polish ("у Путина", "от Лаврова", "od Tuska", "dla Scholza")
GENITIVE_GOVERNORS = frozenset("у от для слова мнению od dla u według zdaniem".split())
# prepositions of a passive participle's agent ("intervistato da", "interviewed by", "interrogé par")
AGENT_PREPOSITIONS = frozenset("da by par von przez".split())
# prepositions of concession and contrast opening a sentence ("Malgré les affirmations selon lesquelles ...")
CONCESSIVE_PREPOSITIONS = frozenset("despite malgré nonostante malgrado trotz mimo несмотря contrary contrairement "
                                    "contrariamente entgegen wbrew вопреки".split())
# prepositions of the addressee after a cue and its speaker ("sagte Magi gegenüber dem Online-Medium RomaIT",
# "powiedział Kowalski dla portalu Onet"): the tag still closes the clause before it
ADDRESSEE_PREPOSITIONS = frozenset("gegenüber dla".split())
# concessive conjunctions after a comma: the writer's own comment on the reported clause begins
CONCESSIVE_BOUNDARIES = frozenset("although though whereas albeit bien quoique sebbene benché obwohl obgleich choć chociaż "
                                  "хотя".split())
# subordinating conjunctions opening a clause, never a speaker phrase
CONCESSIVE_OPENERS = frozenset("""although though because whereas unless bien quoique parce puisque lorsque sebbene
benché poiché perché obwohl weil choć chociaż ponieważ хотя поскольку потому""".split())
# finite verb endings in Polish and Russian (past tense, present third person plural)
FINITE_ENDINGS = {"pl": ("ł", "ła", "ło", "li", "ły", "ują", "ają", "ieją"), "ru": ("ал", "ала", "ил", "ила", "ел", "ела",
                                                                               "али", "или", "ют", "ят", "ует")}
# verbs of shouting and chanting: their quoted object is an utterance however short
CHANT_STEMS = ("chant", "shout", "yell", "scream", "scand", "cri", "gridand", "gridat", "gridò", "urlat", "urland",
               "skandi", "rief", "geruf", "krzycz", "skandow", "крича", "крикн", "скандир")
# a tag inside quote marks set off by dashes: "«... – ha spiegato X – ...»"
INNER_DASH_TAG = re.compile(r"\s[–—-]\s+([^–—«»“”„\"\n.!?:;]{3,90}?)[.,]?\s+[–—-]\s")
# the French and Italian tag set off by commas inside the marks ("« Nous ne céderons rien, a déclaré Emmanuel
# Macron. La France tiendra bon »"): it opens with the cue (or its auxiliary and the cue)
INNER_COMMA_TAG = re.compile(r",\s+([^–—,«»“”„\"\n.!?:;]{3,70}?)[.,]\s+(?=\w)")
# singular masculine/feminine past tense endings: the subject is a person
GENDERED_PAST = {"pl": ("ł", "ła"), "ru": ("л", "ла")}
# prepositions naming what someone spoke of ("spoke of", "mówił o", "говорил о", "parlé de", "sprach von")
ABOUT_WORDS = frozenset("of about o об о про de di von über".split())
# relative pronouns after a preposition ("secondo cui", "selon lequel", "according to which", "согласно которому")
RELATIVE_OBJECTS = frozenset("""cui which whom lequel laquelle lesquels lesquelles quoi
которому которой которым которых którego której którym których""".split())
# a US party and state after a name: "R-Texas", "D-Vt.", "I-Vt"
PARTY_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
# past participles and auxiliaries of a French/Italian/Spanish speech tag ("», a prêché X", "”, ha tuonato X")
ROMANCE_PARTICIPLES = ("é", "i", "u", "it", "is", "ato", "uto", "ito", "ado", "ido")
# adverbs between a verb and its complementizer ("potwierdziło również, że", "a déjà montré que")
CLAUSE_ADVERBS = frozenset("również też także déjà aussi anche già auch bereits также тоже".split())
DECLARATIVE_COMPLEMENTIZERS = frozenset("that que qu' qu’ dass daß che że iż что".split())
# words after a quote's comma that are no verb of its tag ("», comme Macron", "», voire Macron")
ROMANCE_TAG_STOPS = frozenset("""comme contre entre avant pendant durant depuis parce lorsque quand tandis alors
puisque ensuite surtout voire soit outre presque jusque quoique encore même autre toute tout chaque cette""".split())
ROMANCE_AUXILIARIES = frozenset("a ont avait avaient ha hanno aveva avevano han había".split())
# cues that report only as a tag right after the reported words ("..., продолжает X."); elsewhere "continues to",
# "reminds of", "resembles"
# "for his part" between a subject and its cue ("a pour sa part estimé", ", в свою очередь, заявил")
SIDE_PHRASES = tuple(tuple(p.split()) for p in (
    "pour sa part", "pour leur part", "de son côté", "de leur côté", "quant à lui", "quant à elle",
    "dal canto suo", "da parte sua", "per parte sua", "в свою очередь", "ze swojej strony", "z kolei",
    "for his part", "for her part", "for their part", "seinerseits", "ihrerseits"))
SIDE_PHRASE_ENDS = frozenset(phrase[-1] for phrase in SIDE_PHRASES)
# written texts that "read" what they say ('"...," the statement read.', '"...," the post read.')
READING_TEXTS = DOCUMENTS | frozenset("post tweet message note sign release caption headline banner text email e-mail".split())
# ("..., uważa ekspertka.", "«...», — считает Буданов": a view told, as a tag after its words; but "uważa, że ..."
# and "считает, что ..." before the clause are beliefs; "..., передает РИА Новости" is an agency's tag, "передает
# слова" or "передает власть" are no report)
INVERTED_ONLY_CUES = frozenset("""продолжает напоминает kontynuuje przypomina uważa uważają uważał uważała uważali
считает считают считал считала считали передает передаёт передают""".split())
INVERTED_ONLY_STEMS = ("uważ", "счита")  # (and their generated forms: "uważano, że ..." is a belief)
# object pronouns before a verb that are also articles ("Lo scrive", "la qualifie", "le dit"): no noun follows
OBJECT_CLITICS = frozenset("lo la le li l' l’".split())
# auxiliaries of the German perfect and pluperfect before a participle cue ("hatte CNN mitgeteilt")
GERMAN_AUXILIARIES = frozenset("hat hatte haben hatten habe".split())
# German possessives in "according to" phrases ("nach seiner Ansicht", "ihrer Meinung nach"): the pronoun they stand for
GERMAN_POSSESSIVES = {"seiner": "er", "seinen": "er", "ihrer": "sie", "ihren": "sie"}
# possessives in "according to" phrases per language ("in his view", "nach seiner Ansicht")
SOURCE_POSSESSIVES = {"de": GERMAN_POSSESSIVES, "en": {"his": "he", "her": "she"}}
# sentence adverbs that may stand between a cue and its "that" ("stressed, however, that ...")
DISCOURSE_ADVERBS = frozenset("""however though also again further moreover nevertheless nonetheless
zarazem ponadto również też także
toutefois cependant pourtant néanmoins également jedoch allerdings dennoch außerdem ebenfalls dann daraufhin
erneut später ferner
però tuttavia comunque inoltre jednak jednocześnie ponadto однако впрочем также тоже""".split())
# "as" opening a parenthetical report ("As X writes, ...", "Как подчеркнул эксперт, ...")
AS_REPORT_WORDS = frozenset("comme come wie jak как".split())
# connectives that may stand before an opening "according to" phrase ("Or, selon ...", "При этом, как ...")
OPENING_CONNECTIVES = frozenset("""so yet or now thus still then indeed instead meanwhile donc ainsi alors enfin mais
aber doch nun also allora quindi invece ora ma więc zaś natomiast tymczasem при этом так вот поэтому итак""".split())
# Verbs of thought, perception, feeling and cause, whose "that"-clause is no report ("believes that",
# "fürchtet, dass", "ritiene che", "uważa, że", "считает, что"); matched as word beginnings so their forms
# are covered. A verb before a complementizer that is neither a listed cue nor one of these reports speech
# (see QuoteFinder._complement_verb).
NOT_SPEECH_STEMS = {
    "en": tuple("""believ think thought know knew hope hoping fear feel felt seem appear mean meant ensur realiz
realis understand understood learn expect assum suppos guess wish doubt see saw seen hear heard notic recogni
rememb forget forgot imagin pretend decid requir trust bet worr suspect reckon figur dream prefer provid given
except consider mak made prov show found find discover determin emerg happen turn occur follow result argu
remain order convinc concern pleas surpris shock alarm reliev disappoint satisf frighten delight so such now""".split()),
    "fr": tuple("""croi cru pens sai sav su espér esper craign craint sembl para voul veu comprend compri appren
appri attend suppos dout voi vu entend remarqu souvien oubli imagin décid exig faut fai considér rend prouv
montr découvr trouv constat juge jugé""".split()),
    "de": tuple("""glaub denk dacht weiß wiss wusst hoff fürcht befürcht schein versteh verstand lern erwart vermut
zweifel seh sah hör merk erkenn erinner vergess entschied entscheid woll will sorg acht führ lieg bedeut freu
ärger bedauer ahn zeig beweis find fand""".split()),
    "it": tuple("""cred pens sa sapp sper tem sembr par vogl vuol vol cap impar aspett suppo dubit ved vist sent
dimentic immagin decis decid bisogn occorr fa fatt convint accort rend consider ritien ritenu riten dimostr
scopr trov""".split()),
    "pl": tuple("""wierz myśl wie wiedz ma obawia wyda chc chce rozumie zrozumi spodziew przypuszcz wątp widz
widzi słysz zapomin zapomni wyobraż decyd zdecyd uważ sądz okaz wynik oznacz spraw dba czu boi cieszy liczy
pamięt zakład pokaz wykaz""".split()),
    "ru": tuple("""вер дум зна наде бо каж каз хоч хот понима понял ожида предполага сомнева вид слыш забы
представля реш счита полага уверен означа следу показ доказ выясн увид видя видел видит""".split()),
}
# the auxiliary before an unlisted participle that reports ("a précisé que", "avrebbe ricordato che")
COMPLEMENT_AUXILIARIES = ROMANCE_AUXILIARIES | frozenset("aurait auraient avoir avrebbe avrebbero".split())
# words that stand before a complementizer without being its verb ("so that", "dafür, dass", "to, że", "то, что")
NOT_COMPLEMENT_VERBS = frozenset("""darauf daran davon dafür dadurch damit dazu darüber darin dabei deshalb deswegen
sodass ohne statt außer nur also tak przez mimo tylko chyba dlatego zamiast tym tego poza jako także również nawet
jakby niż oprócz prócz tego того потому после для тем чем при также тоже именно разве""".split())
# copulas before a participle or adjective ("was convinced that", "è convinto che"): a state, no report
COPULAS = frozenset("""is was were are be been being am est était étaient sont été ist war waren sind sei gewesen
è era erano sono stato stata jest był była było byli były są будет был была было были является""".split())
ASK_VERBS = frozenset("ask asks asked asking".split())
# prepositions opening an adverbial between an inverted cue and its subject ("a écrit sur sa chaîne ... le gouverneur")
ADVERBIAL_PREPOSITIONS = frozenset("sur lors dans devant durant pendant su nel nella nelle durante davanti "
                                   "auf im vor während podczas".split())
ADJECTIVE_ENDINGS = ("uent", "cent", "rent", "ful", "ous", "ive", "ic", "ary", "ble", "new", "est", "ier", "ly")
# English cue forms that are also nouns ("a subsequent tweet", "a furious reply")
NOUNLIKE_CUES = frozenset("""claim claims report reports warning warnings statement comment comments tweet tweets
remark remarks reply replies post posts answer answers promise promises vow vows charge charges demand demands
pledge pledges quip quips joke jokes boast boasts retort retorts""".split())


def _nominative(words: list[str], lang: str) -> str | None:
    """The nominative of a masculine first name and surname in the genitive by their regular endings
    ("Владимира Путина" -> "Владимир Путин", "Сергея Лаврова" -> "Сергей Лавров", "Дмитрия Пескова" ->
    "Дмитрий Песков", "Владимира Зеленского" -> "Владимир Зеленский", "Donalda Tuska" -> "Donald Tusk",
    "Mateusza Morawieckiego" -> "Mateusz Morawiecki"); None when an ending is not one of them."""
    first, last = words
    if lang == "ru":
        if first.endswith("ия"):
            f = first[:-2] + "ий"
        elif first.endswith("я"):
            f = first[:-1] + ("й" if first[-2:-1] in "аеиоуыэюя" else "ь")
        elif first.endswith("а") and first[-2:-1] not in "аеиоуыэюя":
            f = first[:-1]
        else:
            return None
        if last.endswith(("ского", "цкого")):
            l_ = last[:-3] + "ий"
        elif last.endswith("а") and last[-2:-1] not in "аеиоуыэюя":
            l_ = last[:-1]
        elif last.endswith("я") and last[-2:-1] not in "аеиоуыэюя":
            l_ = last[:-1] + "ь"
        else:
            return None
        return f"{f} {l_}"
    if lang == "pl":
        if not (first.endswith("a") and first[-2:-1] not in "aeiouy"):
            return None
        if last.endswith(("skiego", "ckiego", "dzkiego")):
            l_ = last[:-3]
        elif last.endswith("a") and last[-2:-1] not in "aeiouy":
            l_ = last[:-1]
        else:
            return None
        return f"{first[:-1]} {l_}"
    return None


def _polish_instrumental_nominative(words: list[str]) -> str | None:
    """The nominative of a Polish masculine first name and surname in the instrumental by their regular
    endings ("Andrzejem Dudą" -> "Andrzej Duda", "Jarosławem Kaczyńskim" -> "Jarosław Kaczyński", "Donaldem
    Tuskiem" -> "Donald Tusk"); None when an ending is not one of them."""
    first, last = words
    if not first.endswith("em") or len(first) < 5:
        return None
    f = first[:-2]
    if last.endswith(("skim", "ckim", "dzkim")):
        l_ = last[:-1]
    elif last.endswith("ą"):
        l_ = last[:-1] + "a"
    elif last.endswith(("kiem", "giem")):
        l_ = last[:-3]
    elif last.endswith("em"):
        l_ = last[:-2]
    else:
        return None
    return f"{f} {l_}"


_PHRASE_INDEX: dict[int, tuple[Lexicon, dict[str, list[tuple[str, tuple[str, ...]]]]]] = {}


def _phrase_index(lex: Lexicon) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The lexicon's source and cue phrases by first word, longest first, built once per lexicon
    (the generated phrases made them many)."""
    held = _PHRASE_INDEX.get(id(lex))
    index = held[1] if held is not None and held[0] is lex else None
    if index is None:
        index = {}
        for kind, phrases in (("according", lex.according), ("verb", lex.cue_phrases)):
            for phrase in phrases:
                index.setdefault(phrase[0], []).append((kind, phrase))
        for options in index.values():
            options.sort(key=lambda kp: (kp[0] != "according", -len(kp[1])))
        _PHRASE_INDEX[id(lex)] = (lex, index)  # the lexicon held, so its id is never reused
    return index


def _possessive_name(tok: Token, registry: EntityRegistry) -> bool:
    """A possessor ("Trump’s", "the president's"), not a contracted pronoun ("he's", "it's")."""
    base = strip_possessive(tok.text)
    return (base != tok.text and tok.text[len(base):] in ("'s", "’s") and not registry.is_pronoun(Token(
        tok.start, tok.start + len(base), base)) and base.lower() not in ("it", "that", "there", "what", "who", "here", "let"))


# cue phrases that also mean going on in time: a cue only before the words reported ("went on: ...", "went on
# to say", ", he went on") or after them
OPEN_ENDED_PHRASES = frozenset({("went", "on"), ("goes", "on")})
# words opening a group's noun phrase in English ("Some Chinese experts"; French and Italian tried: the phrase
# read at the clause start runs on into the verb there, "Certains experts chinois craignent")
GROUP_QUANTIFIERS = frozenset("some many several most".split())
# words counting a plural noun ("many states", "other states")
PLURAL_QUANTIFIERS = frozenset("""many some other several all more most few these those both member two three four
five six seven eight nine ten dozen dozens fifty""".split())
# cue words that are also nouns ("a shocking claim", "an official report")
NOUN_CUES = frozenset("claim claims report reports warning warnings statement comment comments".split())
# an unnamed speaker: "someone, presumably a police officer, tells a dispatcher"
INDEFINITE_SPEAKERS = frozenset("someone somebody quelqu'un qualcuno jemand ktoś кто-то".split())
SUBORDINATORS = frozenset("after before during when while as since until après pendant quand lorsque dopo durante "
                          "quando nach während als wenn po podczas gdy после во когда".split())
# concessive subordinators opening a sentence ("Although ...,", "Mimo że ...,", "Хотя ...,")
CONCESSIVES = frozenset("although though bien quoique obwohl obgleich sebbene benché nonostante mimo choć chociaż "
                        "хотя".split())
ADVERBIAL_OPENERS = frozenset("given despite like unlike besides compte tenu malgré comme dato nonostante come "
                              "trotz angesichts wie mimo jak несмотря учитывая".split())
# words before a source phrase in mid-sentence that open a new clause after it ("..., mentre per l'Aie ...")
MEDIAL_OPENERS = frozenset("while whereas mentre tandis während podczas gdy тогда как".split())
TIME_AFTER = frozenset("later earlier ago afterwards tard dopo später później спустя".split())
# the auxiliary of a compound past before a cue ("ha detto", "a déclaré", "hat gesagt")
PERFECT_AUXILIARIES = frozenset("ha hanno a ont hat haben".split())
# "par exemple", "per esempio": adverbials of two words that may stand between an auxiliary and its cue
EXAMPLE_ADVERBIALS = frozenset({("par", "exemple"), ("per", "esempio"), ("ad", "esempio"), ("zum", "beispiel"),
                                ("na", "przykład"), ("par", "ailleurs"), ("d'ailleurs", ""), ("tra", "l'altro")})
# relatives that take an article ("il quale", "la quale", "i quali", "el cual")
ARTICLE_RELATIVES = frozenset("quale quali cual cuales".split())
RELATIVES = frozenset("who which qui der die welche che który która które którzy кто который которая которое которые которой котором "
                       "которых которым которую которого której którym których cui lequel laquelle".split())


def _strip_range_text(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


@dataclass
class Quote:
    """A quote: content ``pieces`` (one per paragraph), kind, cue and speaker entity."""

    pieces: list[tuple[int, int]]
    kind: str  # direct | indirect | mixed
    cue: tuple[int, int] | None = None
    speaker: Entity | None = None

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass
class Frame:
    """A cue in a sentence and the speaker it reports."""

    cue: tuple[int, int]  # token index range [i, j) in the sentence
    kind: str  # verb | according
    weak: bool
    subject: tuple[int, int] | None = None  # token range of the speaker phrase
    speaker: Entity | None = None
    participle: bool = False
    used: bool = False
    resolved: bool = False
    relative: bool = False  # the cue sits in a relative clause ("the teen who says ...")
    in_which: bool = False  # "статью, в которой говорится, что ...": the clause after it is reported
    no_speaker_phrase: bool = False  # the subject slot holds an opening adverb or common word, no speaker
    relative_source: bool = False  # "selon laquelle", "secondo cui": the clause after the relative is reported
    particle: int | None = None  # a German separable verb's particle closing the cue's clause ("hob ... hervor")
    # "As X writes, <clause>", "Как подчеркнул эксперт, <clause>": the comma (token index) after which the clause runs
    opening: int | None = None

    @property
    def left(self) -> int:
        return min(self.cue[0], self.subject[0]) if self.subject else self.cue[0]

    @property
    def right(self) -> int:
        return max(self.cue[1], self.subject[1]) if self.subject else self.cue[1]


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int
    tokens: list[Token]
    inside: list[bool]  # token lies inside quote marks
    frames: list[Frame] = field(default_factory=list)


def _clause_stop(s: Sentence, k: int) -> int:
    """The first clause-ending mark (". ; : ! ?") outside quote marks from token ``k`` on, or the sentence's end:
    where a naming verb's complement must end."""
    return next((x for x in range(k, len(s.tokens)) if s.tokens[x].text in ".;:!?" and not s.inside[x]), len(s.tokens))


class QuoteFinder:
    """Runs the rules over one article's text and paragraphs."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]], lex: Lexicon,
                 stretches: list[Stretch], registry: EntityRegistry, titles: frozenset[int] = frozenset(),
                 split: dict[int, list[tuple[int, int, list[Token]]]] | None = None):
        self.text = text
        # paragraph index -> its sentences (start, end, tokens), when the caller already split them
        self._split = split or {}
        self.titles = titles  # headline paragraphs: their speakers are no antecedents of body pronouns
        self.paragraphs = paragraphs
        self.lex = lex
        self.stretches = stretches
        self.registry = registry
        self.recent: list[tuple[int, Entity]] = []  # (offset, speaker) of frames so far
        self._phrases = _phrase_index(lex)
        self._writer_pronouns = WRITER_PRONOUNS_BY_LANG.get(lex.lang, WRITER_PRONOUNS)
        # names inside quotes are what a speaker talks about, not who speaks next
        registry.quoted = lambda offset: any(a <= offset < b for st in stretches for a, b in st.pieces)
        self.quotes: list[Quote] = []
        self.subjects: dict[tuple[int, int], tuple[int, int]] = {}  # cue range -> its speaker phrase's range
        # cue ranges whose speaker the rules left empty on purpose (a plural verb with no subject, a relative
        # with no antecedent): the learned speaker choice keeps nobody there
        self.unnamed_cues: set[tuple[int, int]] = set()

    # --- frames --------------------------------------------------------------------------
    def _is_np_word(self, tok: Token) -> bool:
        low = strip_possessive(tok.lower)
        reg = self.registry
        return (reg.is_name_word(tok) or reg.is_title(tok) or low in self.lex.roles
                or low in self.lex.groups or low in INDEFINITE_SPEAKERS or self._elided_name(tok))

    def _elided_name(self, tok: Token) -> bool:
        """"l’ONU", "dell’Onu", "d’Israël": a name behind an elided article (French, Italian)."""
        if self.lex.lang not in ("fr", "it"):
            return False
        rest = tok.text[len(tok.text) - len(bare(tok.text)):]
        if rest == tok.text:
            return False
        low = rest.lower()  # "l’organisation", "l’emittente": an elided article before a role or a body
        return rest[:1].isupper() or low in self.lex.roles or low in self.lex.org_words or low in self.lex.groups

    def _side_phrase_before(self, s: Sentence, end: int) -> int:
        """Length of a "for his part" phrase ending right before token ``end`` (a comma after it allowed), or 0."""
        toks = s.tokens
        if end >= 1 and toks[end - 1].text == "," and not s.inside[end - 1]:
            end -= 1
        if end < 1 or toks[end - 1].lower not in SIDE_PHRASE_ENDS:
            return 0  # (most tokens: _np_left asks this of every subject)
        for phrase in SIDE_PHRASES:
            a = end - len(phrase)
            if a >= 0 and not any(s.inside[a:end]) and tuple(t.lower for t in toks[a:end]) == phrase:
                return len(phrase) + (1 if end < len(toks) and toks[end].text == "," else 0)
        return 0

    def _np_left(self, s: Sentence, j: int, *, appositive: bool = True) -> tuple[int, int] | None:
        toks = s.tokens
        if j >= 3 and toks[j].text == "," and toks[j - 1].lower in DISCOURSE_ADVERBS and toks[j - 2].text == "," \
                and not any(s.inside[j - 2:j + 1]):
            # "Marsh, however, said", "Marsh, a retired professor, however, said": the adverb in commas is skipped
            return self._np_left(s, j - 2, appositive=appositive) or self._np_left(s, j - 3, appositive=appositive)
        while j >= 0 and not s.inside[j] and (toks[j].lower in self.lex.skippable or (
                self.lex.lang == "en" and toks[j].lower.endswith("ly") and not toks[j].is_capitalised)
                or self.lex.lang == "ru" and not toks[j].is_capitalised and (toks[j].lower in PHRASE_END_WORDS or (
                    len(toks[j].text) > 6 and toks[j].lower.endswith(ADVERB_SUFFIXES["ru"])))):
            j -= 1  # "Critics quickly said", "has also said", "Джо Байден даже бесцеремонно назвал"
        side = self._side_phrase_before(s, j + 1)
        if side:
            # "Le chancelier allemand a pour sa part estimé", "Блинкен, в свою очередь, заявил": "for his part"
            j -= side
            if j >= 1 and toks[j].text == "," and toks[j + side].text == ",":
                j -= 1  # the phrase set in commas: "Olaf Scholz, de son côté, a estimé"
            return self._np_left(s, j, appositive=appositive)
        if j >= 3 and toks[j].text in QUOTE_CHARS and not s.inside[j] and self.lex.lang in ("it", "fr", "es"):
            # "Carola Rackete a “La Repubblica” racconta": the paper after a dative preposition is the addressee
            o = next((o for o in range(j - 1, max(-1, j - 6), -1) if toks[o].text in QUOTE_CHARS), None)
            if o is not None and o >= 2 and toks[o - 1].lower in DATIVE_PREPOSITIONS and not s.inside[o - 1]:
                return self._np_left(s, o - 2, appositive=appositive)
        if j >= 1 and toks[j].text in QUOTE_CHARS and not s.inside[j]:
            # "le « Global Times » reconnaît": a paper's name in quote marks is the subject
            o = next((o for o in range(j - 1, max(-1, j - 5), -1) if toks[o].text in QUOTE_CHARS), None)
            if o is not None and o < j - 1 and all(self.registry.is_name_word(t) for t in toks[o + 1:j]) \
                    and (o == 0 or not s.inside[o - 1]):
                return (o + 1, j)
        if j < 0 or s.inside[j]:
            return None
        if toks[j].text == ")":  # "the World Health Organization (WHO) said"
            depth = j
            while depth > 0 and toks[depth].text != "(":
                depth -= 1
            if depth > 0 and j - depth <= 6:
                return self._np_left(s, depth - 1, appositive=appositive)
            return None
        t = toks[j]
        if self.registry.is_pronoun(t) or t.lower in self._writer_pronouns and not s.inside[j]:
            return (j, j + 1)  # ("I said to her that ...": the writer reports)
        if t.text == "," and appositive:
            for c in range(j - 1, max(-1, j - 30), -1):
                if s.inside[c] or toks[c].text in QUOTE_CHARS:
                    return None
                if toks[c].text == ",":
                    core = self._np_left(s, c - 1, appositive=False)
                    inner = toks[c + 1:j]
                    if j - c > 14 and not (bare(inner[0].text) in self.lex.roles or inner[0].lower in self.lex.determiners):
                        return None  # a long apposition must open with its role or article ("professor of ... at ...")
                    if len(inner) >= 2 and all(self.registry.is_name_word(x) for x in inner):
                        # "Treasury's acting under secretary ... during the Obama administration, Adam
                        # Szubin, claimed": the name in apposition is the subject
                        named = self.registry.entity_at(inner[0].start, inner[-1].end)
                        if named is not None and named.kind == "person":
                            return (c + 1, j)
                    if core and inner and all(PARTY_STATE.match(x.text) for x in inner):
                        return core  # "Rep. Tom Adley, R-Texas, said": the party and state are no speaker
                    if core and inner and (any(x.lower in self.lex.roles or self.registry.is_title(x)
                                               or x.lower in self.lex.determiners or x.text.isdigit()
                                               for x in inner) or inner[0].lower.endswith(PARTICIPLE_ENDINGS)
                                           or inner[0].lower.endswith(GERUND_ENDINGS.get(self.lex.lang, ("ing",)))
                                           and not inner[0].is_capitalised):
                        return (core[0], j)  # (", speaking on condition of anonymity,": an aside too)
                    return None
            return None
        if not self._is_np_word(t) and not (self.lex.lang == "ru" and t.is_word and j > 0
                                             and self._in_one_mention(toks[j - 1], t)):
            # ("Национальная галерея": the lowercase noun closing a Russian body's name is part of it)
            return self._unnamed_np_left(s, j) if appositive else None
        i = j
        role_head = not t.is_capitalised
        while i > 0 and not s.inside[i - 1]:
            p = toks[i - 1]
            if self._is_np_word(p) or (p.lower in self.lex.name_particles and self.registry.is_name_word(toks[i])):
                i -= 1
            elif (self.lex.lang == "en" and p.lower in self.lex.determiners and i >= 3 and toks[i - 2].lower == "from"
                  and not any(s.inside[i - 3:i]) and self.registry.is_name_word(toks[i])
                  and any(e.kind == "person" and m[1] == toks[i - 3].end for e in self.registry.entities
                          for m in e.mentions)):
                i -= 2  # "Professor John Joe McFadden from | the | University of Surrey": a person, then his body
            elif (self.lex.lang == "en" and p.lower in self.lex.determiners and i >= 3 and toks[i - 2].lower == "of"
                  and not any(s.inside[i - 3:i]) and self.registry.is_name_word(toks[i - 3])
                  and not self.registry.is_title(toks[i - 3]) and self.registry.is_name_word(toks[i])):
                i -= 2  # "the Catechism of | the | Catholic Church": a name, then its "of the" complement
            elif (p.lower in ("and", "et", "und", "e", "i", "и") and i >= 2 and not s.inside[i - 2]
                  and self._is_np_word(toks[i - 2]) and self._is_np_word(toks[i])
                  and not self.registry.is_name_word(toks[i])):
                i -= 1  # "Turkish authorities and media said": one subject of two nouns
            elif (role_head and p.is_word and not p.is_capitalised and j - i < 5
                  and p.lower not in self.lex.stop_capitalised and p.lower not in self.lex.cue_verbs):
                i -= 1  # "an unnamed former congressional aide"
            elif p.is_word and (p.lower in BODY_NAME_LINKS or self.lex.lang == "ru" and not p.is_capitalised) \
                    and self._in_one_mention(p, toks[i]):
                i -= 1  # "the Committee | to | Protect Journalists": a small word inside a body's name
            elif p.lower in self.lex.determiners:
                i -= 1
                break
            else:
                break
        return (self._role_of_left(s, i), j + 1)

    def _in_one_mention(self, a: Token, b: Token) -> bool:
        """Do tokens ``a`` and ``b`` lie inside one mention of a registered name?"""
        return any(m[0] <= a.start and b.end <= m[1] for e in self.registry.entities for m in e.mentions)

    def _role_of_left(self, s: Sentence, i: int) -> int:
        """Start of "<role> <of> <phrase>" when the phrase starting at ``i`` follows a role and a genitive
        link ("Il ministro degli | Esteri ha spiegato", "Le porte-parole | du gouvernement a affirmé"): the
        role holder speaks, not the ministry or the government."""
        toks = s.tokens
        k = i if i < len(toks) and toks[i].lower in ROLE_LINKS else i - 1
        if 1 <= k < len(toks) and toks[k].lower in self.lex.determiners and toks[k - 1].lower in ROLE_LINKS:
            k -= 1  # "le ministre de | la | Santé"
        if k < 1 or k >= len(toks) or toks[k].lower not in ROLE_LINKS or s.inside[k - 1]:
            return i
        k = self._genitive_chain_left(s, k)
        if bare(toks[k - 1].text) not in self.lex.roles \
                or toks[k - 1].is_capitalised and k - 1 > 0 and self.lex.lang != "de":
            return i  # (German capitalises the role noun: "Ein Sprecher des | Ministeriums sagte")
        start = k - 1
        if start > 0 and toks[start - 1].lower in self.lex.determiners and not s.inside[start - 1]:
            start -= 1
        return start

    def _genitive_chain_left(self, s: Sentence, k: int) -> int:
        """The link ``toks[k]`` ("of", "di", "des") may close a chain of genitive complements after a role
        ("il consigliere del ministero | dell'interno | di Kiev", "il tenente comandante delle truppe del
        ministero | della Difesa"): back over at most four "<noun> <link>" steps to the link right after the
        role noun, if the chain reaches one; else ``k`` as given."""
        toks, lex = s.tokens, self.lex
        m, body = k, k  # body: the link after a body's noun that is a role word too ("ministero", "ministère")
        for _ in range(4):
            if m < 1 or s.inside[m - 1]:
                return body
            prev = toks[m - 1]
            low = bare(prev.text)
            if low in lex.roles and low not in lex.org_words:
                return m
            if low in lex.roles and body == k:
                body = m  # "(il portavoce del) ministero | della Difesa": the ministry, unless a role holds it
            if not prev.is_word or prev.lower in lex.stop_capitalised or prev.lower in lex.cue_verbs \
                    or prev.is_capitalised and lex.lang != "de" and low not in lex.org_words:
                return body
            if low != prev.lower and prev.lower[:len(prev.lower) - len(low)] in ELIDED_LINKS:
                m -= 1  # "dell'interno": a link and its noun in one word
            elif m >= 2 and toks[m - 2].lower in ROLE_LINKS and not s.inside[m - 2]:
                m -= 2
            elif m >= 3 and toks[m - 2].lower in lex.determiners and toks[m - 3].lower in ROLE_LINKS \
                    and not s.inside[m - 3]:
                m -= 3  # "(le chef) des | forces | de | la (Défense)"
            else:
                return body
        return body

    def _unnamed_np_left(self, s: Sentence, j: int) -> tuple[int, int] | None:
        """English: an unnamed speaker opening its clause, a determiner, possessive or quantifier and up
        to two lowercase words before the cue ("every person said", "after her team said", "one resident
        says"): the words from the determiner, when the clause starts there (sentence start, a comma, a
        conjunction, a subordinator or "that")."""
        toks = s.tokens
        if self.lex.lang in ARTICLE_LANGS:
            return self._article_np_left(s, j)
        if self.lex.lang != "en" or not toks[j].is_word or toks[j].is_capitalised:
            return None
        for d in range(j, max(-1, j - 3), -1):
            t = toks[d]
            if s.inside[d] or not t.is_word or t.is_capitalised and d > 0:
                return None
            low = t.lower
            if low in UNNAMED_DETERMINERS and d < j:
                before = toks[d - 1] if d > 0 else None
                if before is None or before.text in (",", ";") or before.lower in CONJUNCTIONS | SUBORDINATORS \
                        or before.lower in self.lex.complementizers:
                    return (d, j + 1)
                return None
            if low in AUXILIARIES | MODALS | PREPOSITIONS | OF_WORDS | CLAUSELESS or low in self.lex.cue_verbs \
                    or low in self.lex.determiners or low.endswith(("ed", "ly", "ing")):
                return None
        return None

    def _article_np_left(self, s: Sentence, j: int) -> tuple[int, int] | None:
        """French, Italian, Spanish, German: an unnamed role noun heading the subject before a cue, an
        article or determiner and a noun with at most one adjective between ("les manifestants",
        "i firmatari", "der Inhaftierte", "die befragten Forscher"), when the clause starts at the
        article (sentence start, a comma, a conjunction, a subordinator or a complementizer): a
        description speaker, by its shape, whatever the noun."""
        toks, lex = s.tokens, self.lex
        head = toks[j]
        if not head.is_word or s.inside[j] or len(head.text) < 3 or head.lower in lex.stop_capitalised \
                or head.lower in lex.cue_verbs or head.lower in lex.determiners or self.registry.is_pronoun(head):
            return None
        if head.is_capitalised != (lex.lang == "de"):
            return None  # German capitalises its nouns, the others do not (a capital is a name there)
        for d in range(j - 1, max(-1, j - 3), -1):
            t = toks[d]
            if s.inside[d] or not t.is_word:
                return None
            low = t.lower
            if low in lex.determiners:
                before = toks[d - 1] if d > 0 else None
                if before is None or before.text in (",", ";", ":") or before.lower in CONJUNCTIONS | SUBORDINATORS \
                        or before.lower in lex.complementizers:
                    return (d, j + 1)
                return None
            if t.is_capitalised or low in lex.stop_capitalised or low in lex.cue_verbs or low in lex.skippable:
                return None
        return None

    def _np_right(self, s: Sentence, i: int) -> tuple[int, int] | None:
        toks = s.tokens
        n = len(toks)
        if i < n and toks[i].lower in self.lex.objects:
            return None  # "told reporters"
        if i < n and toks[i].lower in self.lex.complementizers and self.lex.lang == "en":
            return None  # "claimed that ...": the clause, not a subject
        k = i
        while k < n - 1 and not s.inside[k] and toks[k].lower in TIME_WORDS and self.lex.lang != "en":
            k += 1  # "a indiqué dimanche | l’organisation", "сообщил вчера | министр"
        if k < n and not s.inside[k] and toks[k].lower in self.lex.determiners:
            k += 1
        if k < n and not s.inside[k] and self.registry.is_pronoun(toks[k]):
            return (k, k + 1)
        if k < n and (toks[k].text in OPENERS or k + 1 < n and not s.inside[k]
                      and (bare(toks[k].text) in self.lex.roles or bare(toks[k].text) in self.lex.org_words)
                      and toks[k + 1].text in OPENERS):
            # "Secondo “Bloomberg”,", "selon « Le Monde »", "l’emittente “Bloomberg”": a source named in quote marks
            o = k if toks[k].text in OPENERS else k + 1
            c = next((x for x in range(o + 1, min(n, o + 6)) if toks[x].text in QUOTE_CHARS), None)
            if c is not None and c > o + 1 and all(t.is_capitalised or t.lower in self.lex.name_particles
                                                  for t in toks[o + 1:c]) and toks[o + 1].is_capitalised:
                return (o + 1, c)
        j = self._noun_phrase_end(s, k)
        if j == k:
            return self._modified_role_right(s, k, i)
        if j < n and toks[j].is_word and all(t.is_word and not t.is_capitalised and self.registry.is_title(t)
                                              for t in toks[k:j]):
            m = self._lowercase_run_end(s, j, 2, self.lex.determiners)
            e = self._name_run_end(s, m)
            if m > j and e > m and (e == n or not toks[e].is_word):
                return (i, e)  # "according to former | inspector | Scott Ritter.": title, role noun and name
        if j < n and not any(toks[x].is_capitalised for x in range(k, j)) and self.lex.lang != "en":
            # "ha reso noto l'emittente statale | China Central Television": a role, up to two lowercase
            # adjectives and the name closing the sentence
            m = self._lowercase_run_end(s, j, 2)
            e = self._name_run_end(s, m)
            if m > j and e > m and not any(t.is_word for t in toks[e:]):
                return (i, e)
        if self.lex.lang in CASE_LANGS and j - k == 1 and toks[k].lower in self.lex.roles:
            # "заявил член главного совета администрации Запорожской области.", "powiedział szef Sztabu
            # Generalnego": a role and a chain of genitives (a body's name among them), closing the sentence or
            # before the holder's name, are one description
            m = j
            while m < n and m - j < 7 and not s.inside[m] and toks[m].is_word and not toks[m].text.isupper() \
                    and toks[m].lower not in self.lex.stop_capitalised and toks[m].lower not in self.lex.cue_verbs \
                    and toks[m].lower.endswith(GENITIVE_ADJECTIVE_ENDINGS[self.lex.lang] + GENITIVE_NOUN_ENDINGS[self.lex.lang]):
                m += 1
            if m - j >= 2 and self._genitive_body(toks[j:m]):
                e = self._name_run_end(s, m)
                if e == n or not toks[e].is_word:
                    return (i, e)
        if self.lex.lang in CASE_LANGS and j + 1 < n and j - k == 1 and not s.inside[j] and toks[j].is_word \
                and not toks[j].is_capitalised and toks[k].lower in self.lex.roles \
                and toks[j].lower not in self.lex.stop_capitalised and toks[j].lower not in self.lex.cue_verbs \
                and self.registry.is_name_word(toks[j + 1]) and not s.inside[j + 1]:
            # "заявил министр энергетики | Пётр Ильин": a role, its lowercase genitive and the name
            j += 1
            while j < n and not s.inside[j] and self.registry.is_name_word(toks[j]):
                j += 1
            return (i, j)
        if self.lex.lang in CASE_LANGS and j < n and j - k == 1 and not s.inside[j] and toks[j].is_word \
                and not toks[j].is_capitalised and toks[k].lower in self.lex.roles \
                and toks[j].lower not in self.lex.stop_capitalised and toks[j].lower not in self.lex.cue_verbs \
                and not any(t.is_word for t in toks[j + 1:]):
            j += 1  # "— сказал глава делегации.": a role and its genitive close the sentence
        elif self.lex.lang != "en" and j < n and j - k == 1 and not s.inside[j] and toks[j].is_word \
                and not toks[j].is_capitalised and bare(toks[k].text) in self.lex.roles \
                and toks[j].lower not in self.lex.stop_capitalised and toks[j].lower not in self.lex.cue_verbs \
                and toks[j].lower not in self.lex.complementizers and (j + 1 == n or not toks[j + 1].is_word
                                                                       or self._adjective_before_adverbial(s, j)):
            j += 1  # "», a prévenu le président chinois, ...": an adjective after the role belongs to it (also
            # before an adverbial: "scrive il senatore fiorentino | nel suo libro")
        named = self._coordinated_roles_name(s, k, j)
        return (i, named if named is not None else j)

    def _coordinated_roles_name(self, s: Sentence, k: int, j: int) -> int | None:
        """End of "<role> and <roles> <Name>" after a cue ("said attorney and child advocate Elizabeth
        Yore on ..."): two roles of one person, then the person, not a role standing alone."""
        toks, n = s.tokens, len(s.tokens)
        if j >= n or s.inside[j] or toks[j].lower not in TITLE_COORDINATORS \
                or not all(t.is_word and not t.is_capitalised and bare(t.text) in self.lex.roles for t in toks[k:j]):
            return None
        m = j + 1
        while m < n and m - j <= 4 and not s.inside[m] and toks[m].is_word and not toks[m].is_capitalised \
                and toks[m].lower not in self.lex.determiners and toks[m].lower not in self.lex.stop_capitalised \
                and toks[m].lower not in self.lex.cue_verbs and not self.registry.is_pronoun(toks[m]):
            m += 1
        if m == j + 1 or m >= n:
            return None
        e = self._name_run_end(s, m)
        return e if e > m else None

    def _lowercase_run_end(self, s: Sentence, j: int, limit: int, stop: frozenset[str] = frozenset()) -> int:
        """Index after up to ``limit`` lowercase words from ``j`` that are no stop word, cue,
        complementizer or word of ``stop`` (the modifiers between a role and a name)."""
        toks, m = s.tokens, j
        while m < len(toks) and m - j < limit and not s.inside[m] and toks[m].is_word and not toks[m].is_capitalised \
                and toks[m].lower not in self.lex.stop_capitalised and toks[m].lower not in self.lex.cue_verbs \
                and toks[m].lower not in self.lex.complementizers and toks[m].lower not in stop:
            m += 1
        return m

    def _name_run_end(self, s: Sentence, m: int) -> int:
        """Index after the name words from ``m`` (outside quote marks)."""
        while m < len(s.tokens) and not s.inside[m] and self.registry.is_name_word(s.tokens[m]):
            m += 1
        return m

    def _modified_role_right(self, s: Sentence, k: int, i: int) -> tuple[int, int] | None:
        """"said embassy spokeswoman Jinnie Lee.": up to three lowercase modifiers before a role
        and a name that close the sentence are the speaker, not a reported clause."""
        toks, n = s.tokens, len(s.tokens)
        m = k
        while m < n and m - k < 3 and not s.inside[m] and toks[m].is_word and not toks[m].is_capitalised \
                and not self._is_np_word(toks[m]) and toks[m].lower not in self.lex.stop_capitalised \
                and toks[m].lower not in self.lex.cue_verbs and toks[m].lower not in self.lex.complementizers:
            m += 1
        if m == k or m >= n or not self._is_np_word(toks[m]):
            return None
        j = self._noun_phrase_end(s, m)
        has_role = any(t.lower in self.lex.roles or self.registry.is_title(t) for t in toks[m:j])
        has_name = any(self.registry.is_name_word(t) for t in toks[m:j])
        # the phrase closes the sentence, or an adverbial follows ("... Kamala Harris | intervenendo alla ...")
        closes = not any(t.is_word for t in toks[j:]) or toks[j].text == "," or (
            toks[j].is_word and not toks[j].is_capitalised and (toks[j].lower in PHRASE_PREPOSITIONS.get(self.lex.lang, ())
                                                                 or toks[j].lower.endswith(GERUND_ENDINGS.get(self.lex.lang, ("ing",)))))
        if not (has_role and has_name) or not closes:
            return None
        return (i, j)

    def _quoted_as(self, s: Sentence, a: int) -> tuple[int, int] | None:
        """English "X quoted Y as saying": the one quoted, between the verb and "as", speaks."""
        toks = s.tokens
        if self.lex.lang != "en" or a < 3 or toks[a - 1].lower != "as":
            return None
        for k in range(a - 2, max(-1, a - 10), -1):
            if s.inside[k] or toks[k].text in ",;:":
                return None
            if toks[k].lower in ("quoted", "quotes", "quoting"):  # (not "citing sources as saying": the citer speaks)
                return (k + 1, a - 1) if k + 1 < a - 1 else None
        return None

    def _person_name_span(self, s: Sentence, span: tuple[int, int]) -> bool:
        """The token range ends with a mention of a person (the name closing the phrase)."""
        end = s.tokens[span[1] - 1].end
        start = s.tokens[span[0]].start
        return any(m[1] == end for m, _ in self.registry.mentions_in(start, end))

    def _opening_person_across_adverbial(self, s: Sentence, a: int, opening: bool = True) -> tuple[int, int] | None:
        """"Шарль Мишель в своем послании к европейским лидерам заявил", "Charles Michel w swoim liście do
        przywódców powiedział" (and German, verb second: "Der Epidemiologe Vinay Prasad von der Universität ...
        twitterte"): the person opening the clause (after capitalised title words only) is the subject of a cue it is parted from by adverbial phrases (a preposition
        at least; no comma, conjunction, complementizer, quote or other cue); with ``opening`` False, the
        first person before the cue wherever the clause begins."""
        toks, lows = s.tokens, [t.lower for t in s.tokens]
        if any(s.inside[:a]):
            return None  # ("Председатель «Справедливой России — За правду» Сергей Миронов ... назвал": a name in marks)
        person = self._first_person_before(s, a)
        if person is None or opening and not all((toks[x].is_capitalised or self.registry.is_title(toks[x]))
                                                 and lows[x] not in PHRASE_PREPOSITIONS[self.lex.lang]
                                                 for x in range(0, person[0])):
            return None
        between = range(person[1], a)
        if not any(lows[x] in PHRASE_PREPOSITIONS[self.lex.lang] for x in between) or any(
                lows[x] in self.lex.cue_verbs or toks[x].text in ",;:" or s.inside[x]
                or lows[x] in self.lex.complementizers or lows[x] in CONJUNCTIONS for x in between):
            return None
        return person

    def _first_person_before(self, s: Sentence, cue_i: int) -> tuple[int, int] | None:
        """The first person named in the clause before a participle ("Invitée sur RTL, Marine
        Le Pen a comparé ..., affirmant que"): the subject of the main verb."""
        toks = s.tokens
        limit = toks[cue_i].start
        # an opening adverbial or subordinate clause ("Pointing out Trump’s ...,", "Mimo że jej partia Bracia Włoch
        # ...,", "Although ...,"): the main clause, and its subject, begin after its comma
        clause = 0
        lead = toks[0].lower if toks else ""
        if lead in ADVERBIAL_OPENERS | SUBORDINATORS | CONCESSIVES or self._opening_gerund(toks[0]):
            clause = next((k + 1 for k in range(1, cue_i) if toks[k].text == "," and not s.inside[k]), 0)
        for (a, b), _ in self.registry.mentions_in(toks[clause].start, limit):
            first = self._tok_index(s, a)
            last = next((k for k in range(first, cue_i) if toks[k].end >= b), None)
            if last is not None and not any(s.inside[first:last + 1]):
                return (first, last + 1)
        return None

    def _opening_gerund(self, tok: Token) -> bool:
        """A gerund opening a sentence ("Pointing out ...", "Commentando ...", "Comparant ...")."""
        low = tok.lower
        endings = ("ing",) if self.lex.lang == "en" else GERUND_ENDINGS.get(self.lex.lang, ())
        return bool(endings) and len(low) > 5 and low.endswith(endings) and self.registry.entity_at(tok.start, tok.end) is None

    def _previous_subject(self, s: Sentence, pron: Token, start: int, end: int) -> Entity | None:
        """"Андрей Поздняков спрогнозировал ... По его мнению, ...": a pronoun right after a
        sentence about one person, with no report of anyone else, is that person."""
        if self.registry.lex.pronouns.get(pron.lower) != "person":
            return None
        prev = self._previous_sentence(s)
        if prev is None or prev.paragraph != s.paragraph and prev.paragraph != s.paragraph - 1:
            return None
        if any(f.speaker is not None and f.kind == "verb" and not f.weak for f in prev.frames):
            return None
        people = [(m, e) for m, e in self.registry.mentions_in(prev.start, prev.end)
                  if e.key != "writer:i" and not self._quoted(m[0])]
        if not people or len({id(e) for _, e in people}) > 1 or people[0][0][0] - prev.start > 80:
            return None
        if self._other_subject_before(prev, people[0][0][0]):
            return None
        entity = people[0][1]
        return self._bind_pronoun(entity, pron, start, end)

    @staticmethod
    def _bind_pronoun(entity: Entity, pron: Token, start: int, end: int) -> Entity | None:
        """``entity`` takes the pronoun's mention at [start, end) unless their genders clash."""
        gender = _pronoun_gender(pron)
        if gender and entity.gender not in (None, gender):
            return None
        entity.add(start, end)
        return entity

    def _pronoun_after_adverbial(self, x: Sentence, pron: Token) -> bool:
        """The sentence opens with an adverbial phrase, then a comma and the same subject pronoun as
        ``pron``, with no person named before it ("In a visit to Kyiv in April, she handed ...")."""
        for n, t in enumerate(x.tokens[:16]):
            if x.inside[n]:
                return False
            if n >= 2 and t.lower == pron.lower and x.tokens[n - 1].text == ",":
                return not self.registry.mentions_in(x.start, t.start, opening=True)
        return False

    def _colon_introduced(self, s: Sentence, pron: Token, start: int, end: int) -> Entity | None:
        """"... this nonsense from Rep. Marjorie Taylor Greene:" then "“...,” she said": a pronoun in the first
        sentence of a paragraph right after a paragraph ending in a colon is the one person that colon's
        sentence names (outside quotes, of a compatible gender)."""
        if self.registry.lex.pronouns.get(pron.lower) != "person":
            return None
        prev = self._previous_sentence(s)
        if prev is None or prev.paragraph != s.paragraph - 1 or prev.paragraph in self.titles:
            return None
        if not self.text[prev.start:prev.end].rstrip().endswith(":"):
            return None
        if any(f.speaker is not None for f in prev.frames):
            return None  # ("X said:": the cue's own speaker goes on, read by the rules for it)
        people = {id(e): e for m, e in self.registry.mentions_in(prev.start, prev.end)
                  if e.key != "writer:i" and not self._quoted(m[0])}
        if len(people) != 1:
            return None
        entity = next(iter(people.values()))
        return self._bind_pronoun(entity, pron, start, end)

    def _other_subject_before(self, x: Sentence, at: int) -> bool:
        """A personal pronoun, or an article and a role noun opening the sentence, stands before the
        offset ``at`` outside quotes: the sentence's subject, so the person named at ``at`` is its
        object ("In a visit, she handed Zelensky ...", "The minister does not believe that Putin ...")."""
        toks = [(n, t) for n, t in enumerate(x.tokens) if t.start < at and not x.inside[n]]
        if any(self.registry.lex.pronouns.get(t.lower) == "person" and t.lower not in self._writer_pronouns
               for _, t in toks):
            return True
        words = [t for _, t in toks if t.is_word]
        if words and words[0].lower in CONJUNCTIONS:
            words = words[1:]
        if words and self.lex.lang in CASE_LANGS and words[0].lower in self.lex.roles:
            return True  # "Министр также не считает, что Путин ...": no article before the role
        return len(words) >= 2 and words[0].lower in self.lex.determiners and bare(words[1].text) in self.lex.roles

    def _opening_person(self, x: Sentence) -> tuple[Token, Entity | None] | None:
        """The first word of a sentence after an opening conjunction, and the person whose name
        starts there (None when another word opens it)."""
        toks = [t for t in x.tokens if t.text not in QUOTE_CHARS]
        if toks and toks[0].lower in CONJUNCTIONS:
            toks = toks[1:]
        if not toks or x.inside[x.tokens.index(toks[0])]:
            return None
        first = toks[0]
        # the name may follow capitalised title words ("Clark County District Court Judge Elissa Cadish")
        lead = 0
        while lead < min(6, len(toks) - 1) and toks[lead].is_word and (
                self.registry.is_name_word(toks[lead]) or self.registry.is_title(toks[lead])):
            lead += 1
        starts = {t.start for t in toks[:max(lead, 1)]}
        people = [e for m, e in self.registry.mentions_in(min(starts), max(starts) + 1, opening=True, by_entity=True)
                  if e.key != "writer:i" and m[0] in starts and not self.text[m[1]:m[1] + 2].startswith(("'s", "’s"))
                  and strip_possessive(self.text[m[0]:m[1]]) == self.text[m[0]:m[1]]
                  and not self.text[m[1]:m[1] + 2].startswith(("'", "’"))
                  ] if self.registry.is_name_word(first) or self.registry.is_title(first) else []  # "Abdul-Ghani’s mother": not the name
        return first, (people[0] if people else None)

    def _subject_chain(self, s: Sentence, pron: Token, start: int, end: int) -> Entity | None:
        """"Kelly ordered ... He did not rule on ... But he said ...": a subject pronoun stands for
        the person whose name opens the sentence (when the pronoun comes later in it) or the
        sentences before it, going back through sentences that open with the same pronoun."""
        if self.registry.lex.pronouns.get(pron.lower) != "person":
            return None
        gender = _pronoun_gender(pron)
        k = self._index.get(id(s), 0)
        through_adverbial = False
        for back in range(0, 4):
            if k - back < 0:
                return None
            x = self._all[k - back]
            if x.paragraph < s.paragraph - 1 or x.paragraph in self.titles \
                    or through_adverbial and x.paragraph != s.paragraph:
                return None
            opening = self._opening_person(x)
            if back > 0 and (opening is None or opening[1] is None) and x.paragraph == s.paragraph \
                    and self._opens_with_quote(s, pron) \
                    and not any(f.speaker is not None for f in x.frames) and self._pronoun_after_adverbial(x, pron):
                through_adverbial = True
                continue  # "In a visit to Kyiv, she handed ...": the same pronoun, the subject after an adverbial
            if opening is None:
                if back == 0 and self._opens_with_quote(x, pron):
                    continue  # "“...,” he said.": the quote opens the sentence; look at the ones before
                return None
            first, person = opening
            if person is None and through_adverbial:
                person = self._role_opening_person(x)  # "La presidente della Commissione Ursula von der Leyen"
            if back > 0 and self._opens_with_quote(s, pron):
                asked = self._person_asked(x)
                if asked is not None:
                    # "Melvin asked Clinton if ... “I have never ...,” he said": the answer is the one asked
                    if gender and asked.gender not in (None, gender):
                        return None
                    asked.add(start, end)
                    return asked
            if back == 0:
                if first.start == pron.start:
                    continue  # the pronoun opens this sentence: look at the ones before
                at = next((n for n, t in enumerate(x.tokens) if t.start == pron.start), 0)
                after_relative = at > 0 and x.tokens[at - 1].lower in RELATIVES | {"that"}
                # "Judge Elissa Cadish later ordered ..., but she acknowledged": a coordinated clause
                coordinated = at > 1 and x.tokens[at - 1].lower in CONJUNCTIONS and x.tokens[at - 2].text == "," \
                    and person is not None and gender is not None and person.gender in (None, gender) \
                    and not any(e is not person for _, e in self.registry.mentions_in(x.start, pron.start, opening=True)) \
                    and not any(strip_possessive(t.lower) in FEMALE_NOUNS | MALE_NOUNS for t in x.tokens[:at])
                if person is None or not (after_relative or coordinated) or any(
                        f.speaker is not None and f.speaker is not person and x.tokens[f.cue[0]].lower not in CHARACTERISING
                        and x.tokens[f.cue[0]].start < pron.start for f in x.frames):
                    return None  # only "X praised the decision, which he said was ...": the relative's pronoun
            elif any(f.speaker is not None and f.kind == "verb" and not f.weak and f.speaker is not person
                     for f in x.frames):
                return None  # "Haig had no reason ..., attorney Marc Victor said. He said": the reporter
            elif first.lower == pron.lower:
                continue  # "He did not rule on ...": the same pronoun, further back
            if person is None or (gender and person.gender not in (None, gender)):
                return None
            person.add(start, end)
            return person
        return None

    def _introduced_subject(self, s: Sentence, frame: Frame) -> Entity | None:
        """"Kosiniak-Kamysz był pytany, czy ... "..." - odpowiedział.": a subjectless verb after a
        quote that opens its sentence speaks for the person whose name opens the sentence before,
        in the same paragraph, when that sentence reports nobody else's words: a speaker just
        introduced, rather than the last one quoted."""
        toks = [t for t in s.tokens if t.text not in QUOTE_CHARS]
        if not toks or not s.inside[s.tokens.index(toks[0])] or s.inside[frame.cue[0]]:
            return None
        prev = self._previous_sentence(s)
        if prev is None:
            return None
        if prev.paragraph != s.paragraph or prev.paragraph in self.titles or any(prev.inside):
            return None
        opening = self._opening_person(prev)
        if opening is None:
            return None
        first, person = opening
        at = next((n for n, t in enumerate(prev.tokens) if t.start == first.start), None)
        verb_like = self.lex.lang in CASE_LANGS and first.lower.endswith(GENDERED_PAST[self.lex.lang]) \
            and at is not None and at + 1 < len(prev.tokens) and prev.tokens[at + 1].is_word \
            and not prev.tokens[at + 1].is_capitalised
        if person is None and self.registry.is_name_word(first) and not verb_like:
            # a lone surname not yet known as a person's ("Kosiniak-Kamysz był pytany"); not a past-tense
            # verb opening the sentence ("Wezwał jednak Putina")
            person = next((e for _, e in self.registry.mentions_in(first.start, first.start + 1, ("other",),
                                                                    opening=True, by_entity=True)), None)
        if person is None:
            return None
        if self.recent and self.recent[-1][1] is person:
            return None
        if any(f.speaker is not None and f.speaker is not person for f in prev.frames):
            return None
        cue = s.tokens[frame.cue[0]].lower
        feminine = cue.endswith(("ła", "ла"))
        if person.gender not in (None, "f" if feminine else "m"):
            return None
        return person

    def _previous_sentence(self, s: Sentence) -> Sentence | None:
        """The sentence before ``s`` in the article, or None for the first."""
        k = self._index.get(id(s), 0) - 1
        return self._all[k] if k >= 0 else None

    def _previous_opening_person(self, s: Sentence) -> Entity | None:
        """"Prezydent Andrzej Duda spotkał się z premierem. Podkreślił, że ...": before anyone has been
        reported, a subjectless cue speaks for the person who opens the sentence before it, in the same
        paragraph."""
        prev = self._previous_sentence(s)
        if prev is None:
            return None
        if prev.paragraph != s.paragraph or prev.paragraph in self.titles:
            return None
        opening = self._opening_person(prev)
        if opening is not None and opening[1] is not None:
            return opening[1]
        return self._role_opening_person(prev)

    def _role_opening_person(self, prev: Sentence) -> Entity | None:
        """"Il premier Giorgia Meloni ha incontrato ...": the person named after an article and role
        words opening the sentence."""
        n = 0
        while n < min(4, len(prev.tokens)) and not prev.inside[n] and (
                prev.tokens[n].lower in self.lex.determiners or bare(prev.tokens[n].text) in self.lex.roles
                or self.registry.is_title(prev.tokens[n])):
            n += 1
        if n == 0 or n >= len(prev.tokens):
            return None
        at = prev.tokens[n].start
        return next((e for e in self.registry.entities if e.kind == "person"
                     for m in e.mentions if m[0] <= at < m[1]), None)

    def _person_asked(self, x: Sentence) -> Entity | None:
        """The person a question in ``x`` was put to ("asking Clinton if ...", "asked by ..."
        excluded): the first person named within three words after an "ask" verb."""
        for k, t in enumerate(x.tokens):
            if t.lower in ASK_VERBS and not x.inside[k] and not (k + 1 < len(x.tokens) and x.tokens[k + 1].lower == "by"):
                if k + 1 < len(x.tokens) and x.tokens[k + 1].lower in ("if", "whether", "about", "why", "how", "what"):
                    # "Asked if Putin knew ..., Mr Wallace thought": the person after "if" is the question's
                    # subject, not the one asked
                    return None
                window = x.tokens[k + 1:k + 4]
                if not window:
                    return None
                found = self.registry.mentions_in(window[0].start, window[-1].end, opening=True, by_entity=True)
                return found[0][1] if found else None
        return None

    def _opens_with_quote(self, x: Sentence, pron: Token) -> bool:
        """The sentence opens inside quote marks and ``pron`` follows the quote, outside it."""
        toks = [t for t in x.tokens if t.text not in QUOTE_CHARS]
        if not toks or not x.inside[x.tokens.index(toks[0])]:
            return False
        at = next((n for n, t in enumerate(x.tokens) if t.start == pron.start), None)
        return at is not None and not x.inside[at]

    def _quoted(self, offset: int) -> bool:
        return any(a <= offset < b for st in self.stretches for a, b in st.pieces)

    def _first_person_after(self, s: Sentence, cue_i: int) -> tuple[int, int] | None:
        start = s.tokens[cue_i].start if cue_i < len(s.tokens) else s.end
        # a person's mention, or a bare name closing the sentence ("— написал в Telegram Медведев.")
        closing = s.tokens[-1].start if s.tokens and not s.tokens[-1].is_word else s.end
        last_word = next((t for t in reversed(s.tokens) if t.is_word), None)
        people = [(m, e) for m, e in self.registry.mentions_in(start, s.end, None)
                  if e.kind == "person" or self.lex.lang in CASE_LANGS and (
                      is_bare_name(e) or e.name.split()[0].lower() in NEWS_AGENCIES)  # ("корреспондент | РИА Новости")
                  and last_word is not None and m[1] == last_word.end <= closing]
        for (a, b), _ in reversed(people):  # the subject comes last: "mówił z Karnowskim Kaczyński"
            first = self._tok_index(s, a)
            if first >= 2 and s.tokens[first - 1].lower in AGENT_PREPOSITIONS and s.tokens[first - 2].is_word \
                    and not s.tokens[first - 2].is_capitalised:
                continue  # "ha spiegato intervistato da Sky Tg24": the agent of a participle, not the speaker
            last = next((k for k in range(first, len(s.tokens)) if s.tokens[k].end >= b), None)
            if last is not None and last - cue_i <= 12 and not any(s.inside[first:last + 1]):
                return (first, last + 1)
        return None

    def _infinitive_subject(self, s: Sentence, cue_i: int) -> tuple[int, int] | None:
        """"Quentin Smith's mother called police to say": the subject of the verb before "to"."""
        toks = s.tokens
        for m in range(cue_i - 2, max(-1, cue_i - 9), -1):
            if s.inside[m] or not toks[m].is_word:
                return None
            if toks[m].lower in self.lex.cue_verbs or (toks[m].lower.endswith("ed") and not toks[m].is_capitalised):
                return self._np_left(s, m - 1) or self._chunk_left(s, m)
        return None

    def _relative_antecedent(self, s: Sentence, cue_i: int) -> tuple[int, int] | None:
        """"A Texas teenager who supports President Trump says": the speaker is the noun
        before "who", not the name in the relative clause."""
        toks = s.tokens
        for k in range(cue_i - 1, max(-1, cue_i - 9), -1):
            if s.inside[k] or toks[k].text in ",;:" or toks[k].text in QUOTE_CHARS:
                return None
            if self.lex.lang == "de" and toks[k].lower in self.lex.determiners and (k == 0 or toks[k - 1].text != ",") \
                    and not (k >= 2 and toks[k - 1].lower in ("dem", "der", "den", "denen", "deren", "dessen")
                             and toks[k - 2].lower in PHRASE_PREPOSITIONS["de"]):
                continue  # "Gegenüber der Zeitung sagte": German relatives follow a comma; this "der" is an article
            if toks[k].lower in RELATIVES and k > 0 and (toks[k - 1].lower in PREPOSITIONS | {"of", "from", "to"}
                                                          or self.registry.is_pronoun(toks[k + 1])):
                return None  # "in which she admitted": the relative is no subject; "she" is
            if toks[k].lower in RELATIVES and 1 < cue_i - k <= 5 and (
                    toks[k + 1].lower in self.lex.determiners or self.registry.is_name_word(toks[k + 1])) \
                    and all(t.is_word and t.lower not in self.lex.cue_verbs and t.lower not in AUXILIARIES
                            for t in toks[k + 1:cue_i]):
                return (k + 1, cue_i)  # "Barros, who the victims say was ...": the relative is the object
            if toks[k].lower in ARTICLE_RELATIVES and k > 1 and toks[k - 1].lower in self.lex.determiners:
                k -= 1  # "Jens Stoltenberg, il quale ha affermato", "..., la quale": the article opens the relative
            if toks[k].lower in RELATIVES | ARTICLE_RELATIVES and k > 0 and not (toks[k - 1].text == "," and cue_i - k > 4):
                j = k - 2 if toks[k - 1].text == "," and k > 1 else k - 1  # "Glapińskim, który"
                np = self._np_left(s, j, appositive=False)
                if np is not None and toks[k].lower == "who":
                    np = self._person_before_role_of(s, np) or np
                return (np or (self._det_phrase_left(s, k) if toks[k - 1].text != "," else None)
                        or self._chunk_left(s, k))
        return None

    def _person_before_role_of(self, s: Sentence, np: tuple[int, int]) -> tuple[int, int] | None:
        """"Keith Vaz, chairman of | the Home Affairs Select Committee, who ...": "who" goes back past
        the body a role belongs to, to the person the role describes."""
        toks, a = s.tokens, np[0]
        r = a - 1
        if r < 2 or toks[r].lower not in GENITIVES:
            return None
        r -= 1
        while r >= 1 and toks[r].is_word and not toks[r].is_capitalised and toks[r].lower not in self.lex.determiners \
                and a - r <= 4:
            r -= 1
        if r == a - 2 or r < 1 or toks[r].text != "," or bare(toks[r + 1].text) not in self.lex.roles \
                and not self.registry.is_title(toks[r + 1]):
            return None
        e = r
        while r > 0 and self.registry.is_name_word(toks[r - 1]) and not s.inside[r - 1]:
            r -= 1
        return (r, e) if e - r >= 1 else None

    def _chunk_left(self, s: Sentence, cue_i: int) -> tuple[int, int] | None:
        """A short phrase between the last clause boundary and the cue ("One of the women
        says"): the speaker when no name or role is found."""
        k = cue_i
        while k > 0 and not s.inside[k - 1] and s.tokens[k - 1].is_word:
            k -= 1
            low = s.tokens[k].lower
            if (low in self.lex.stop_capitalised and low not in self.lex.determiners and low not in OF_WORDS
                    and low not in PREPOSITIONS and not (low == "and" and k < cue_i - 1)
                    and not (s.tokens[k].is_capitalised and low in self.lex.skippable and k > 0)):  # "filed Tuesday says"
                return None  # "which claims", "but said": not a speaker phrase
        chunk = s.tokens[k:cue_i]
        if chunk and chunk[0].lower in CONJUNCTIONS:
            return None  # "..., and has said": the subject is further back
        if (0 < len(chunk) <= 6 and (k == 0 or s.tokens[k - 1].text in ",;:" or s.tokens[k - 1].text in QUOTE_CHARS)
                and not chunk[-1].lower.endswith("ly") and chunk[-1].lower not in self.lex.determiners):
            return (k, cue_i)
        return None

    def _coordinated_subject(self, s: Sentence, cue_i: int, earlier: list[Frame] = ()) -> tuple[int, int] | None:
        """"The senator apologized ... but said ...": the subject opening the sentence (``earlier``: the
        frames found before the cue in this sentence)."""
        k = cue_i - 1
        while k > 0 and not s.inside[k] and (s.tokens[k].lower in AUXILIARIES | PERFECT_AUXILIARIES
                                             or s.tokens[k].lower in self.lex.skippable):
            k -= 1  # "... and has said", "et a demandé", "and also told"
        if k == 0 and s.tokens[0].lower in CONJUNCTIONS:
            return None  # "И призвал ...": the sentence goes on from the previous one, whose speaker goes on
        if k >= 0 and k < cue_i and s.tokens[k].lower in CONJUNCTIONS | {"then"}:
            opening = self._subject_at_clause_start(s, cue_i)
            if opening is None and self._adverbial_opening(s, cue_i) and cue_i + 1 < len(s.tokens) \
                    and s.tokens[cue_i + 1].lower in self.lex.complementizers:
                # "During a debate with X, Ellison was asked ..., but then claims that ...": the subject of a
                # coordinated cue reporting a clause follows the opening adverbial's comma
                toks = s.tokens
                comma = next((c for c in range(1, k) if toks[c].text == "," and not s.inside[c]), None)
                if comma is not None:
                    runs = self.registry.name_runs(toks[comma + 1:k])
                    if runs and runs[0][0] == 0 and not any(s.inside[comma + 1:comma + 1 + runs[0][1]]):
                        return (comma + 1, comma + 1 + runs[0][1])
            if opening is None:
                # "Interrogé lundi, Wang Wenbin, ..., n'a pas confirmé ... mais a souligné que": the name an
                # earlier cue of the sentence took as its subject
                for f in reversed(earlier):
                    if f.subject is not None and f.subject[1] <= k:
                        e = self.registry.entity_at(s.tokens[f.subject[0]].start, s.tokens[f.subject[1] - 1].end)
                        if e is not None and e.kind == "person":
                            return f.subject
            if opening is None and self.lex.lang in CASE_LANGS:
                # "В День работника культуры президент России Владимир Путин выступил ..., но выразил надежду,
                # что": free word order puts the subject after an opening adverbial; the first person named
                for x, y in self.registry.name_runs(s.tokens[:k]):
                    e = self.registry.entity_at(s.tokens[x].start, s.tokens[y - 1].end)
                    if e is not None and e.kind == "person" and not any(s.inside[x:y]):
                        return (x, y)
            return opening
        return None

    def _subject_at_clause_start(self, s: Sentence, cue_i: int) -> tuple[int, int] | None:
        """The subject that opens the sentence, for participles ("Peskov replied, saying: ...")
        and coordinated verbs ("The senator apologized ... but said ...")."""
        toks = s.tokens
        if cue_i > 0 and self.registry.is_pronoun(toks[0]):
            return (0, 1)
        if cue_i > 1 and self.lex.lang in CASE_LANGS and toks[0].is_word and not s.inside[0] \
                and self.lex.pronouns.get(toks[1].lower) == "person":
            return (1, 2)  # "Propagował on twierdzenia ...", "Заявил он": a verb opens the sentence, its pronoun follows
        lows = [t.lower for t in toks]
        if any(tuple(lows[:len(ph)]) == ph for ph in self.lex.according):
            # "According to Breitbart, on Friday, 65 women ... said": the subject follows the source
            commas = [k for k in range(min(cue_i, len(toks))) if toks[k].text == "," and not s.inside[k]]
            for c in commas:
                rest = toks[c + 1:cue_i]
                if rest and rest[0].is_word and rest[0].lower not in PREPOSITIONS | SUBORDINATORS:
                    sub = self._subject_at_clause_start(Sentence(s.start, s.end, s.paragraph, toks[c + 1:],
                                                                 s.inside[c + 1:]), cue_i - c - 1)
                    return (sub[0] + c + 1, sub[1] + c + 1) if sub else None
            return None
        if self._adverbial_opening(s, cue_i):
            return None  # "Four minutes later, ...", "At 12:13 p.m., ...": a time or place, not a speaker
        j = 0
        while j < min(cue_i, 6) and not s.inside[j] and toks[j].is_word and toks[j].lower not in RELATIVES \
                and not (j > 0 and not toks[j].is_capitalised and toks[j].lower.endswith("ed")) \
                and toks[j].lower not in self.lex.cue_verbs and toks[j].lower not in self.lex.skippable \
                and not toks[j].lower.endswith(("n't", "n’t")):
            if j > 0 and toks[j].lower in self.lex.stop_capitalised and toks[j].lower not in OF_WORDS \
                    and toks[j].lower not in self.lex.determiners:
                break
            if j > 0 and self.lex.lang == "en" and not toks[j].is_capitalised and (
                    toks[j].lower in IRREGULAR_PASTS or toks[j].text.isdigit()
                    or toks[j].lower.endswith(("ally", "ently", "ously", "ately", "ively", "edly", "antly"))):
                break  # "ICE officials | eventually caught 232 illegal immigrants ... but said": the verb ends it
            j += 1
        while j > 0 and toks[j - 1].lower in self.lex.determiners | OF_WORDS:
            j -= 1
        if j == 1 and toks[0].lower.endswith(ADVERB_ENDINGS) and len(toks[0].text) > 6 \
                and self.registry.entity_at(toks[0].start, toks[0].end) is None:
            return None  # "Apparentemente ha confutato ...": an adverb opens a sentence with no subject
        if 0 < j < len(toks) - 2 and toks[j].text == ",":
            # "The head of the agency, Maria Lopez, said": the name in apposition speaks
            for c in range(j + 2, min(j + 6, cue_i)):
                if toks[c].text == ",":
                    if all(self.registry.is_name_word(t) for t in toks[j + 1:c]):
                        return (j + 1, c)
                    break
        if j > 0 and (j < len(toks)) and (toks[j].text == "," or not toks[j].is_word or j >= 1):
            return (0, j)
        return None

    def _np_after_adverbial(self, s: Sentence, b: int) -> tuple[int, int] | None:
        """", a écrit sur sa chaîne Telegram le gouverneur ..., Serguiï Gaidai": after an inverted
        cue, a prepositional phrase of up to five words may stand before the subject; the subject is
        the determiner phrase after it, up to a person's name in apposition (within 12 words), or a
        determiner and a role, or a person's name."""
        toks = s.tokens
        if b >= len(toks) or toks[b].lower not in PREPOSITIONS | ADVERBIAL_PREPOSITIONS or s.inside[b]:
            return None
        for k in range(b + 2, min(b + 7, len(toks))):
            if s.inside[k] or not toks[k].is_word:
                return None
            if toks[k].lower in self.lex.determiners and k + 1 < len(toks) and toks[k + 1].is_word \
                    and not toks[k + 1].is_capitalised:
                for m in range(k + 1, min(k + 13, len(toks))):
                    if s.inside[m]:
                        break
                    ends = [mb for (_, mb), _ in self.registry.mentions_in(toks[m].start, toks[m].start + 1, opening=True)]
                    if ends and toks[m - 1].text == ",":
                        last = max(x for x in range(m, len(toks)) if toks[x].end <= max(ends))
                        return (k, last + 1)
                if bare(toks[k + 1].text) in self.lex.roles:
                    return self._np_right(s, k)
                return None
            named = bool(self.registry.mentions_in(toks[k].start, toks[k].start + 1, opening=True))
            if named and toks[k - 1].lower not in PREPOSITIONS | GENITIVE_LINKS:
                return self._np_right(s, k)
        return None

    def _description_after(self, s: Sentence, b: int) -> tuple[int, int] | None:
        """"..., — отметил пользователь.", "— добавил другой.": one or two lowercase words closing
        the sentence after an inverted cue describe an unnamed speaker."""
        toks = s.tokens
        stop = next((k for k in range(b, len(toks)) if s.inside[k] or toks[k].text in QUOTE_CHARS), len(toks))
        long = self._long_description_after(s, b, stop)
        if long is not None:
            return long
        if b < stop and toks[b].lower in self.lex.determiners:
            # "», a ajouté le numéro un chinois, alors que ...": a determiner and up to four words
            # up to a comma, one of them a role or a nationality, describe the speaker
            end = next((k for k in range(b + 1, stop) if not toks[k].is_word), stop)
            words = toks[b + 1:end]
            # the phrase ends the sentence, or a participle follows its comma ("continued the shooter’s
            # neighbor, adding that ...")
            closes = not any(t.is_word for t in toks[end:]) or (
                end + 1 < len(toks) and toks[end].text == "," and not s.inside[end + 1]
                and toks[end + 1].lower.endswith(GERUND_ENDINGS.get(self.lex.lang, ("ing",))))
            if 1 <= len(words) <= 4 and (end == len(toks) or toks[end].text in ",.;") and all(
                    (not t.is_capitalised or self.lex.lang == "de" and closes) and t.lower not in PREPOSITIONS | CLAUSELESS
                    and t.lower not in self.lex.cue_verbs for t in words) and (closes or any(
                    bare(t.text) in self.lex.roles or country_of(t.text) for t in words)):
                return (b, end)  # (closing the sentence, any noun: "said the shooter’s neighbor.", "meinte ein
                # Kommentator.")
        if b + 2 < stop and toks[b].lower in ONE_OF and toks[b + 1].lower in ONE_OF_LINKS:
            end = next((k for k in range(b + 2, stop) if not toks[k].is_word), stop)
            if end - b <= 6 and not any(t.is_word for t in toks[end:]):
                return (b, end)  # "— написал один из комментаторов сайта DM.", "said one of the organisers."
        rest = [k for k in range(b, stop) if toks[k].is_word]
        if not rest or len(rest) > 2 or rest != list(range(b, b + len(rest))) or any(s.inside[k] for k in rest):
            return None
        first = toks[rest[0]].lower
        if first in PREPOSITIONS or first in CLAUSELESS or first in self.lex.skippable \
                or first in self.lex.cue_verbs or toks[rest[0]].text.isdigit():
            return None
        return (rest[0], rest[-1] + 1)

    def _long_description_after(self, s: Sentence, b: int, stop: int) -> tuple[int, int] | None:
        """", ha dichiarato il funzionario della commissione sanitaria cinese.", "», a déclaré une femme habitant à
        Zhumadian.", "“, meinte vor einiger Zeit ein Tagesthemen-Kommentator.": after an inverted cue, a determiner and
        a common noun opening a phrase of up to eight words (its prepositional or genitive tail included) that
        closes the sentence, or ends at a comma, describe an unnamed speaker; a short prepositional adverbial may
        come first."""
        if self.lex.lang == "en":
            return None  # (English inverts only after a quote; its descriptions are read by the rule below)
        toks = s.tokens
        k = b
        if k < stop and toks[k].lower in PHRASE_PREPOSITIONS.get(self.lex.lang, ()):
            # "vor einiger Zeit", "a margine dell'incontro": a short adverbial before the subject
            k = next((x for x in range(k + 1, min(k + 5, stop)) if toks[x].lower in self.lex.determiners
                      and toks[x].lower not in GENITIVE_LINKS), None)
            if k is None:
                return None
        if not (k < stop and toks[k].lower in self.lex.determiners and toks[k].lower not in GENITIVE_LINKS):
            return None
        end = next((x for x in range(k + 1, stop) if not toks[x].is_word), stop)
        words = toks[k + 1:end]
        if not 2 <= len(words) <= 8 or end < len(toks) and toks[end].text not in ",.;!?":
            return None
        head = words[0]
        if (head.is_capitalised and self.lex.lang != "de") or head.lower in PREPOSITIONS | CLAUSELESS \
                or head.lower in self.lex.cue_verbs or head.lower in self.lex.skippable or head.text.isdigit() \
                or self.registry.is_pronoun(head) or head.lower in self.lex.determiners:
            return None
        if any(t.lower in self.lex.cue_verbs or t.lower in self.lex.complementizers or t.lower in RELATIVES
               or t.lower in CONJUNCTIONS or t.lower in AUXILIARIES | PERFECT_AUXILIARIES for t in words):
            return None  # a clause, not a noun phrase
        if self.registry.mentions_in(toks[k].start, toks[end - 1].end, opening=True):
            return None  # "a déclaré un peu plus tôt John Kirby": a person's name, read by the rules below
        if not any(t.lower in PREPOSITIONS | CLAUSELESS | GENITIVE_LINKS | OF_WORDS or t.is_capitalised
                   for t in words[1:]) and len(words) <= 4:
            return None  # a short phrase: the rule below reads it, as before
        return (k, end)

    def _adverbial_opening(self, s: Sentence, cue_i: int) -> bool:
        """The sentence opens with an adverbial set off by a comma: a preposition or
        subordinator first ("After the call at noon,", "At 12:13 p.m.,") or a time word last
        ("Four minutes later,")."""
        toks = s.tokens
        comma = next((k for k in range(min(cue_i, len(toks))) if toks[k].text == "," and not s.inside[k]), None)
        if comma is None or comma == 0:
            return False
        first, last = toks[0].lower, toks[comma - 1].lower
        return first in PREPOSITIONS | SUBORDINATORS or last in TIME_AFTER

    def _det_phrase_left(self, s: Sentence, k: int) -> tuple[int, int] | None:
        """"a woman who ...": a determiner and up to three lowercase words before ``k``."""
        toks = s.tokens
        for d in range(k - 1, max(-1, k - 5), -1):
            t = toks[d]
            if s.inside[d] or not t.is_word:
                return None
            if t.lower in self.lex.determiners:
                return (d, k) if d < k - 1 else None
            if t.is_capitalised or t.lower in self.lex.stop_capitalised or t.lower in self.lex.cue_verbs:
                return None
        return None

    def _as_report(self, s: Sentence, f: Frame) -> tuple[int, int] | None:
        """"As Paul wrote for The Post, <clause>", "comme le rappelle Le Point, <clause>", "come ha spiegato
        il ministro, <clause>", "wie Peskow sagte, <clause>": a frame opened by "as" and closed by a comma
        reports the clause after the comma."""
        toks = s.tokens
        start = 1 if toks and toks[0].lower in CONJUNCTIONS else 0
        if len(toks) > 3 and toks[1].text == "," and toks[0].is_word and not s.inside[0]:
            start = 2  # "Pourtant, comme le rappelle Le Point, ..."
        if len(toks) <= start + 2 or toks[start].lower not in AS_OPENERS.get(self.lex.lang, ()) or s.inside[start]:
            return None
        if min(f.left, f.cue[0]) != start + 1 and not (f.cue[0] == start + 2 and (
                toks[start + 1].lower in PERFECT_AUXILIARIES or toks[start + 1].lower in OBJECT_CLITICS)):
            return None
        comma = next((x for x in range(f.right, min(len(toks), f.right + 7)) if toks[x].text == ","), None)
        if comma is None or any(s.inside[f.right:comma]) or any(t.lower in self.lex.complementizers for t in toks[f.right:comma]):
            return None
        end = len(toks)
        later = {g.left for g in s.frames if g is not f} | {g.cue[0] for g in s.frames if g is not f}
        if comma + 1 in later:
            # "As LifeSiteNews previously reported, Marx also said “yes,” ...": the clause after the comma is a
            # report of its own; the "as" phrase only says where it was read and reports nothing itself
            return AS_SOURCE_ONLY
        for m in range(comma + 2, len(toks) - 1):
            if not s.inside[m] and toks[m].text == "," and (m + 1 in later or toks[m + 1].lower in RELATIVES
                                                            and any(x > m for x in later)):
                end = m  # "..., qui avait tweeté ..., affirmant que": a later report is not this one
                break
        while end > comma + 1 and not toks[end - 1].is_word and toks[end - 1].text not in QUOTE_CHARS:
            end -= 1
        if len([t for t in toks[comma + 1:end] if t.is_word]) < 4:
            return None
        return toks[comma + 1].start, toks[end - 1].end

    def _closing_apposition(self, s: Sentence, k: int) -> tuple[int, int] | None:
        """An inverted cue's description that runs on to ", <person's name>." closing the sentence: the
        name in apposition is the speaker ("said Iran’s Head of Strategic Research ... and adviser to the
        Supreme Leader, Ali Akbar Velayati.")."""
        toks = s.tokens
        end = len(toks)
        while end > k and not toks[end - 1].is_word:
            end -= 1
        if end <= k or any(s.inside[k:end]) or any(t.text in QUOTE_CHARS for t in toks[k:end]):
            return None
        comma = max((x for x in range(k, end) if toks[x].text == ","), default=None)
        if comma is None or end - comma - 1 > 5 or any(t.lower in self.lex.cue_verbs for t in toks[k:comma]):
            return None
        name = toks[comma + 1:end]
        if not name or not all(self.registry.is_name_word(t) or t.lower in self.lex.name_particles for t in name):
            return None
        person = self.registry.entity_at(name[0].start, name[-1].end)
        if person is None or person.kind != "person":
            return None
        return (comma + 1, end)

    def _anaphoric_lead(self, s: Sentence, a: int) -> bool:
        """"Об этом заявил", "C’est ce qu’a déclaré", "Das berichteten", "Lo sostiene", "O tym w rozmowie z PAP
        poinformował", "Об этом «360» рассказал": the words before the cue at ``a`` are a pronoun object pointing
        back (after an opening conjunction), maybe followed by a short prepositional phrase or a quoted outlet told;
        the subject then follows the cue."""
        toks = s.tokens
        lows = [t.lower.replace("’", "'") for t in toks[:a]]
        start = 1 if lows and lows[0] in CONJUNCTIONS else 0
        words = [w for w in lows[start:a] if w not in self.lex.skippable and w not in PERFECT_AUXILIARIES
                 and not w.startswith("qu'")]
        forms = ANAPHORIC_OBJECTS.get(self.lex.lang, ())
        if words and tuple(words) in forms:
            return not any(t.text == "," for t in toks[start:a])
        for form in forms:
            k = start + len(form)
            if len(form) < 2 or k >= a or tuple(lows[start:k]) != form:
                continue
            rest = range(k, a)
            if any(toks[x].text in ",;:" or lows[x] in self.lex.complementizers or lows[x] in self.lex.cue_verbs
                   for x in rest) or a - k > 6:
                continue
            if lows[k] in PREPOSITIONS | ADVERBIAL_PREPOSITIONS and not s.inside[k]:
                return True  # "Об этом в интервью ТАСС заявил", "O tym w rozmowie z PAP poinformował"
            if toks[k].text in QUOTE_CHARS and toks[a - 1].text in QUOTE_CHARS and a - k <= 6:
                return True  # "Об этом «360» рассказал": the outlet told, in marks
        return False

    def _anaphoric_report(self, s: Sentence, f: Frame) -> tuple[Sentence, tuple[int, int]] | None:
        """"Цены вырастут вдвое. Об этом заявил министр.", "Lo ha detto il premier", "C’est ce qu’a
        déclaré X", "Das sagte X", "Poinformował o tym X", "That's what X said": a cue whose object is
        a pronoun pointing back reports the sentence before it (in the same paragraph, or the last of the
        paragraph before), when that sentence holds no quote of its own."""
        toks = s.tokens
        lows = [t.lower.replace("’", "'") for t in toks]
        a, b = f.cue
        start = 1 if lows and lows[0] in CONJUNCTIONS else 0
        stop = f.subject[0] if f.subject is not None and f.subject[1] <= a else a
        lead = lows[start:stop]
        for filler in ANAPHORIC_FILLERS.get(self.lex.lang, ()):
            for x in range(len(lead) - len(filler), 0, -1):  # (never the first word: the pointing word opens)
                if tuple(lead[x:x + len(filler)]) == filler:
                    lead = lead[:x] + lead[x + len(filler):]  # "C’est | en tout cas | ce qu’affirme X"
        if "," in lead:  # "Об этом, как передает ТАСС, заявил": a parenthetical source between
            first = lead.index(",")
            last = len(lead) - 1 - lead[::-1].index(",")
            lead = lead[:first] + lead[last + 1:] if last > first else lead[:first]
        before = tuple(w for w in lead if w not in self.lex.skippable and w not in PERFECT_AUXILIARIES
                       and not w.startswith("qu'"))
        after = tuple(lows[b:b + 2])
        forms = ANAPHORIC_OBJECTS.get(self.lex.lang, ())
        # "заявил о том, что ...", "poinformował o tym, że ...": the pronoun after the cue announces the clause
        # that follows it (cataphoric), it does not point back
        ahead = lows[b + 2:b + 4]
        cataphoric = bool(ahead) and (ahead[0] in self.lex.complementizers
                                      or ahead[0] == "," and len(ahead) > 1 and ahead[1] in self.lex.complementizers)
        so = bool(before) and before == ANAPHORIC_SO.get(self.lex.lang) and f.subject is not None \
            and f.subject[0] >= b and start == 0 and len(toks) > 1 and toks[1].is_word
        # ("Tak twierdzi X": "so" alone opens, the subject follows the cue; but "Tak, twierdzi X, ...": "yes")
        lead_points_back = self._anaphoric_lead(s, a)
        if not (so or before and before in forms or tuple(lead) in forms
                or any(after[:len(x)] == x for x in forms if len(x) == 2) and self.lex.lang in CASE_LANGS
                and not cataphoric or lead_points_back):
            return None
        if any(s.inside[start:b]) and not (lead_points_back and not any(s.inside[a:b])) \
                or f.subject is None:
            return None  # (an outlet told, in marks, may stand between the pronoun and the cue: "Об этом «360»")
        prev = self._previous_sentence(s)
        if prev is None:
            return None
        headline = prev.paragraph in self.titles and prev.paragraph == s.paragraph - 1 and so
        # ("Nie ma zagrożenia klimatycznego ¶ Tak twierdzi Światowa Deklaracja": "so" points back at the headline)
        if prev.paragraph not in (s.paragraph, s.paragraph - 1) or prev.paragraph in self.titles and not headline \
                or prev.paragraph != s.paragraph and toks[0].start != self.paragraphs[s.paragraph][0]:
            return None
        if any(q.start < prev.end and prev.start < q.end for q in self.quotes) \
                or any(self._is_utterance(st, prev) and not self.text[prev.start:st.open_mark].strip(" —–-:")
                       for st in self._stretches_in(prev)):
            return None  # (quoted words inside the sentence make it a mixed quote; a quote opening it is direct)
        end = len(prev.tokens)
        while end > 0 and not prev.tokens[end - 1].is_word and prev.tokens[end - 1].text not in QUOTE_CHARS:
            end -= 1
        if len([t for t in prev.tokens[:end] if t.is_word]) < 4:
            return None
        return prev, (prev.tokens[0].start, prev.tokens[end - 1].end)

    def _separable_particle(self, s: Sentence, i: int) -> int | None:
        """German separable cue verbs split around their clause: "Der Minister hob am Dienstag ...
        erneut hervor, dass ...", "fügte später hinzu, ...". The index of the particle that closes the
        clause after the stem (before a comma or the sentence end), or None."""
        toks = s.tokens
        particles = GERMAN_SEPARABLE.get(toks[i].lower)
        if particles is None or s.inside[i] or (i + 1 < len(toks) and toks[i + 1].lower in particles):
            return None  # the adjacent pair ("fügte hinzu") is a cue phrase already
        for m in range(i + 2, min(len(toks), i + 30)):
            if s.inside[m] or toks[m].lower in self.lex.complementizers or toks[m].lower in self.lex.cue_verbs:
                return None
            if toks[m].lower in particles and (m + 1 == len(toks) or toks[m + 1].text in ",.;:!"):
                return m
        return None

    def _romance_tag(self, s: Sentence, i: int) -> bool:
        """«...», a prêché X / “...”, ha tuonato X: in French, Italian and Spanish an auxiliary and a past
        participle right after a quote's closing mark and comma are its tag, whatever the verb, when a
        subject follows."""
        if self.lex.lang not in ("fr", "it", "es") or i < 3 or i + 1 >= len(s.tokens):
            return False
        toks = s.tokens
        t = toks[i]
        if s.inside[i] or not t.is_word or t.is_capitalised or not t.lower.endswith(ROMANCE_PARTICIPLES) \
                or toks[i - 1].lower not in ROMANCE_AUXILIARIES or toks[i - 2].text != ",":
            return False
        if toks[i - 3].text not in QUOTE_CHARS or s.inside[i - 3]:
            return False
        return self._np_right(s, i + 1) is not None

    def _romance_present_tag(self, s: Sentence, i: int) -> bool:
        """«...», calcule Julien Pouget / «...», rappelle-t-il: in French a verb in the third person present right
        after a quote's closing mark and comma, with a person's name or an inverted subject pronoun after it,
        is the quote's tag, whatever the verb (Italian left out: "», ossia Giuseppe Creazzo")."""
        if self.lex.lang != "fr" or i < 2 or i + 1 > len(s.tokens):
            return False
        toks = s.tokens
        t = toks[i]
        if s.inside[i] or not t.is_word or t.is_capitalised or toks[i - 1].text != "," \
                or toks[i - 2].text not in QUOTE_CHARS or s.inside[i - 2]:
            return False
        low = t.lower
        if any(x.lower in self.lex.complementizers or x.lower.startswith(("qu'", "qu’")) or x.text == ":"
               for k, x in enumerate(toks[i + 1:], i + 1) if not s.inside[k]):
            return False  # the verb reports a clause of its own after it, not the quote before
        if re.fullmatch(r"[a-zàâçéèêëîïôûùü]{3,}(?:-t)?-(?:il|elle)", low):
            return low.split("-")[0].endswith(("e", "t", "d"))  # "rappelle-t-il", "prévient-il", "répond-elle"
        if len(low) < 4 or not low.endswith(("e", "t")) or low.endswith("ment") or low in ROMANCE_TAG_STOPS \
                or low in PHRASE_PREPOSITIONS.get(self.lex.lang, ()) or low in self.lex.stop_capitalised \
                or i + 1 >= len(toks) or s.inside[i + 1]:
            return False
        nxt = toks[i + 1]
        if not (nxt.is_capitalised and self.registry.is_name_word(nxt) and not self.registry.is_title(nxt)):
            return False
        return bool(self.registry.mentions_in(nxt.start, nxt.start + 1, opening=True))  # (a mention opening at it)

    def _dash_tag(self, s: Sentence, i: int) -> int | None:
        """Polish and Russian set a quote's speech tag off by a dash: «...», — <verb> <speaker>. A
        lowercase verb in the past tense or the third person present right after the closing mark, its
        comma and the dash (allowing a short prepositional adverbial: "— с сарказмом поинтересовался
        X") is the cue, whatever the verb ("поправил", "отреагировал", "odparował"). Returns the index
        where the cue starts (after the dash), or None."""
        if self.lex.lang not in DASH_SPEECH:
            return None
        toks = s.tokens
        t = toks[i]
        if s.inside[i] or not t.is_word or t.is_capitalised or len(t.text) < 4 \
                or not t.lower.endswith(DASH_TAG_ENDINGS[self.lex.lang]) or i + 1 >= len(toks):
            return None
        d = i - 1
        adverbial = 0
        while d >= 0 and toks[d].is_word and not s.inside[d] and adverbial < 2:
            d -= 1
            adverbial += 1
        if adverbial and toks[d + 1].lower not in PHRASE_PREPOSITIONS.get(self.lex.lang, ()):
            return None  # only "с сарказмом", "z uśmiechem": a preposition opens the adverbial
        if d < 1 or toks[d].text not in DASHES:
            return None
        q = d - 1
        if toks[q].text in ",!?…." and q >= 1:
            q -= 1
        # "- Musimy je przyspieszyć - apelowała, ...": speech opened by a dash, no quote marks
        dash_speech = toks[0].text in DASHES and d >= 4 and not any(s.inside[:d]) \
            and not any(x.text in DASHES for x in toks[1:d])
        if not dash_speech and (toks[q].text not in QUOTE_CHARS
                                or not (q == 0 or s.inside[q - 1] or toks[q - 1].text in ",!?….")):
            return None
        # the speaker follows: a capitalised word within three tokens (or, after dash speech, no one: the
        # speaker goes on)
        if not any(x.is_word and x.is_capitalised for x in toks[i + 1:i + 4]) \
                and not (dash_speech and toks[i + 1].text in ",.!?…"):
            return None
        return d + 1

    def _german_plural_cue(self, s: Sentence, i: int) -> bool:
        """The German past plural of any cue verb, derived from its singular ("berichteten", "sagten",
        "erklärten" from "berichtete", "sagte", "erklärte"), lowercase, outside quotes."""
        t = s.tokens[i]
        return (self.lex.lang == "de" and not s.inside[i] and t.lower.endswith("ten") and not t.is_capitalised
                and t.lower[:-1] in self.lex.cue_verbs)

    def _impersonal_cue(self, s: Sentence, i: int) -> bool:
        """The impersonal or passive form of any cue verb, derived from the verb, not listed: Russian
        reflexive present and past ("отмечается", "уточняется", "сообщалось" from "отмечает", "уточняет",
        "сообщает") and the Polish "-no/-to" form ("podano", "zaznaczono" from "podał", "zaznaczył"),
        followed by "что"/"że" (a comma between): a report whose source is not named in the sentence."""
        toks, lang = s.tokens, self.lex.lang
        low = toks[i].lower
        if lang not in ("ru", "pl") or s.inside[i] or len(low) < 6:
            return False
        nxt = [t.lower for t in toks[i + 1:i + 3] if t.text != ","]
        if not nxt or nxt[0] not in self.lex.complementizers:
            return False
        cues = self.lex.cue_verbs
        if lang == "ru":
            return (low.endswith(("ется", "ится")) and low[:-2] in cues
                    or low.endswith("лось") and low[:-4] + "ет" in cues)
        return (low.endswith("ano") and low[:-3] + "ał" in cues
                or low.endswith("ono") and (low[:-3] + "ył" in cues or low[:-3] + "ił" in cues))

    def _find_frames(self, s: Sentence) -> list[Frame]:
        toks, frames, i, n = s.tokens, [], 0, len(s.tokens)
        lows = [t.lower for t in toks]
        while i < n:
            if s.inside[i]:
                i += 1
                continue
            low = lows[i]
            match = None
            # the -ing form of any cue verb before "that" is a participle cue ("affirming that", "revealing that")
            ing = (self.lex.lang == "en" and low.endswith("ing") and low not in PARTICIPLE_CUES and i + 1 < n
                   and lows[i + 1] == "that" and (low[:-3] in self.lex.cue_verbs or low[:-3] + "e" in self.lex.cue_verbs))
            if self.lex.lang == "fr" and low.startswith(("qu'", "qu’")) and len(low) > 4 \
                    and low[3:] in self.lex.cue_verbs \
                    and i + 1 < n and not s.inside[i + 1] and toks[i + 1].is_capitalised | (lows[i + 1] in self.lex.determiners):
                # "C’est ce qu’affirme X", "d’après ce qu’explique le ministre": the complementizer elided onto an
                # inverted cue, its subject after it
                subject = self._np_right(s, i + 1)
                if subject is not None:
                    frames.append(Frame((i, i + 1), "verb", low[3:] in WEAK_CUES, subject))
                i += 1
                continue
            # longest phrase first, looked up by its first word
            for kind, phrase in self._phrases.get(low, ()):
                if tuple(lows[i:i + len(phrase)]) == phrase:
                    if phrase in OPEN_ENDED_PHRASES and not (
                            i + len(phrase) < n and (lows[i + len(phrase)] in (":", ",", "to", "that", "saying")
                                                     or s.inside[i + len(phrase)]
                                                     or toks[i + len(phrase)].text in QUOTE_CHARS)) \
                            and not any(s.inside[:i]):
                        continue  # "as the hour went on.": going on, not speaking on
                    match = (kind, i, i + len(phrase))
                    break
                if kind == "verb" and len(phrase) == 2 and i + 2 < n and lows[i + 2] == phrase[1] \
                        and (lows[i + 1] in DISCOURSE_ADVERBS or lows[i + 1] in self.lex.skippable) and not s.inside[i + 1]:
                    match = (kind, i, i + 3)  # "zwrócił zarazem uwagę", "fügte zudem hinzu": an adverb inside the phrase
                    break
            if match is None and self._document_reads(s, i):
                match = ("verb", i, i + 1)  # '"...," the statement read.'
            if match is None and low in self.lex.according_after and i > 0:
                np = self._np_left(s, i - 1, appositive=False)
                if np:
                    frames.append(Frame((i, i + 1), "according", False, np))
                i += 1
                continue
            particle = self._separable_particle(s, i) if match is None and self.lex.lang == "de" else None
            if particle is not None:
                match = ("verb", i, i + 1)  # "hob ... hervor, dass": the stem is the cue, its particle ends the clause
            if match is None and low not in self.lex.cue_verbs and low not in PARTICIPLE_CUES \
                    and self._romance_tag(s, i):
                match = ("verb", i - 1, i + 1)  # "», a prêché le jeune prêtre X": any participle in the tag
                low = lows[i - 1]
            if match is None and low not in self.lex.cue_verbs and self._romance_present_tag(s, i):
                match = ("verb", i, i + 1)  # "», calcule Julien Pouget", "», rappelle-t-il": any verb in the tag
            impersonal = match is None and low not in self.lex.cue_verbs and (
                self._impersonal_cue(s, i) or self._german_plural_cue(s, i))
            complement = (match is None and not impersonal and not ing and low not in self.lex.cue_verbs
                          and low not in PARTICIPLE_CUES and self._complement_verb(s, i))
            if match is None and (low not in self.lex.cue_verbs or low in GENERATED) and low not in PARTICIPLE_CUES \
                    and not ing and not impersonal:
                tag = self._dash_tag(s, i)
                if tag is not None:
                    # «...», — поправил X. / "...", - odpowiedziała X.: any verb of the tag speaks
                    frame = Frame((tag, i + 1), "verb", False)
                    # the speaker closes the tag ("— поправил канцлера ФРГ | Gerakl."): the last name there
                    runs = [(i + 1 + x, i + 1 + y) for x, y in self.registry.name_runs(toks[i + 1:])
                            if not any(s.inside[i + 1 + x:i + 1 + y])]
                    last = runs[-1] if runs and not any(t.is_word for t in toks[runs[-1][1]:]) else None
                    frame.subject = last or self._np_right(s, i + 1) or self._first_person_after(s, i + 1) \
                        or self._description_after(s, i + 1)
                    frames.append(frame)
                    i += 1
                    continue
                if low not in self.lex.cue_verbs and not complement:
                    i += 1
                    continue  # no cue word: the tests below only decide whether a cue verb is used as one
            if match is None and low in GENERATED and i > 0 and lows[i - 1] in REFLEXIVE_CLITICS \
                    and self.lex.lang in REFLEXIVE_CLITICS_LANGS:
                i += 1
                continue  # "si les sondages se confirment": a generated form after a reflexive clitic is no report
            if match is None and self.lex.lang == "de" and low.endswith("en") and i + 1 < n \
                    and lows[i + 1] in GERMAN_MODALS and not s.inside[i + 1]:
                i += 1
                continue  # "die Bürger warnen müssten", "sagen wird": an infinitive before a modal reports nothing
            if match is None and self.lex.lang == "de" and low == "so" and i + 1 < n and lows[i + 1] in self.lex.cue_verbs:
                i += 1
                continue  # "So schrieb die Washington Post, dass ...": the adverb before a cue verb is no cue itself
            if match is None and (low in INVERTED_ONLY_CUES or low.startswith(INVERTED_ONLY_STEMS)) and not (i > 0 and toks[i - 1].text in PUNCT_OR_MARK):
                i += 1
                continue  # "Киев продолжает врать", "przypomina": a speech tag only right after the words it reports
            lowercase_here = not toks[i].is_capitalised or i == 0 or toks[i - 1].text in MARK_OR_DASH \
                or (s.paragraph in self.titles and self.lex.lang == "en" and i > 0 and low.endswith("s")
                    and low in self.lex.cue_verbs and low not in WEAK_CUES)  # a headline's "X Says He ..."
            noun = i > 0 and (toks[i - 1].lower in self.lex.determiners  # "a claim", "the report"
                              and not (self.lex.lang == "de" and not toks[i].is_capitalised)  # "Das sagte er"
                              and not (self.lex.lang in ("it", "fr", "es") and toks[i - 1].lower in OBJECT_CLITICS)
                              or low in NOUN_CUES and toks[i - 1].text != strip_possessive(toks[i - 1].text))  # "CNN's claim"
            if i > 0 and low in NOUN_CUES and toks[i - 1].is_word and not toks[i - 1].is_capitalised \
                    and toks[i - 1].lower.endswith(("ing", "ful", "ous", "ive", "al", "new")):
                noun = True  # "Lawmaker makes shocking claim": an adjective before it makes it a noun
            if self.lex.lang == "en" and i > 1 and low in NOUNLIKE_CUES and toks[i - 1].is_word \
                    and not toks[i - 1].is_capitalised and toks[i - 1].lower.endswith(ADJECTIVE_ENDINGS) \
                    and toks[i - 2].lower in self.lex.determiners | {"in", "on", "by", "with"}:
                noun = True  # "in a subsequent tweet", "the official reply": determiner, adjective, noun
            if low in NOUN_CUES and i + 1 < n and lows[i + 1] in ("by", "from", "of") and self.lex.lang == "en":
                noun = True  # "The majority report by the subcommittee says": a noun with its source
            if self.lex.lang == "en" and i > 0 and low == "states" and (
                    toks[i - 1].text[:1].isdigit() or toks[i - 1].lower in PLURAL_QUANTIFIERS
                    or toks[i - 1].lower.endswith(("-led", "-run", "-controlled", "-governed"))):
                noun = True  # "14 states ban", "more Republican-led states restrict": the plural noun
            if self.lex.lang == "en" and i > 0 and low.endswith("s") and _possessive_name(toks[i - 1], self.registry):
                noun = True  # "Trump’s tweets", "Putin's claims": after a possessor an -s word is a plural noun
            if match is None and not noun and impersonal:
                match = ("verb", i, i + 1)  # "Отмечается, что ...", "Podano, że ...": the cue's impersonal form
            if match is None and lowercase_here and not noun and (low in self.lex.cue_verbs or low in PARTICIPLE_CUES
                                                                  or ing or complement):
                match = ("verb", i, i + 1)  # ("affirming that", "revealing that": the -ing form of any cue verb)
            if match is None:
                i += 1
                continue
            kind, a, b = match
            if kind == "according" and b < n and lows[b] in RELATIVES | RELATIVE_OBJECTS and not toks[b].text.isupper() \
                    and not (self.lex.lang == "de" and lows[b] in self.lex.determiners):
                # (not inside a clause an earlier cue reports: "сообщила, что ЕС одобрил закон, согласно которому")
                relative = self._relative_source(s, a, b) if not any(f.cue[0] < a for f in frames) else None
                if relative is not None:
                    frames.append(relative)  # "la déclaration de Joe Biden selon laquelle <clause>"
                i = b
                continue  # "согласно которому", "secondo cui", "according to which": a relative, not a source
            if kind == "according" and self.lex.lang == "en" and a > 0 and lows[a - 1] in self.lex.complementizers \
                    and lows[a] == "in":
                i = b
                continue  # "said that in his view ...": the view belongs to the clause the cue reports
            if low in CHARACTERISING and b < n and lows[b] == "as":
                i = b
                continue  # "A woman described as a \"former official\" told ...": a passive, no report
            frame = Frame((a, b), kind, low in WEAK_CUES or complement, participle=low in PARTICIPLE_CUES or ing,
                          particle=particle)
            if any(t.lower in NEGATIONS or t.lower.endswith(("n't", "n’t")) for t in toks[max(0, a - 2):a]):
                i = b
                continue  # "The FBI doesn't acknowledge that ...": nothing was said
            if kind == "according" and b - a == 1 and low in AMBIGUOUS_ACCORDING.get(self.lex.lang, ()) and a > 0 \
                    and toks[a - 1].text not in PUNCT_BETWEEN | QUOTE_CHARS | {":", "(", "«", "»"}:
                i = b
                continue  # "è vero per il Paese", "so groß wie Frankreich": a preposition, no source
            if kind == "according":
                pron = next((k for k in range(a, b) if self.registry.is_pronoun(toks[k])
                             or toks[k].lower in SOURCE_POSSESSIVES.get(self.lex.lang, ())), None)
                if pron is None and b < n and toks[b].lower in PRONOUN_SUBJECTS.get(self.lex.lang, ()) \
                        and self.lex.lang in CASE_LANGS and not s.inside[b]:
                    pron = b  # "Według nich ...", "Według niego ...": a pronoun in its oblique case after the cue
                frame.subject = (pron, pron + 1) if pron is not None else self._np_right(s, b)
                if pron is None and lows[b - 1] in self.lex.cue_verbs and (b >= n or toks[b].text in PUNCT_BETWEEN):
                    frame.subject = None  # "jak dodał, rząd ...": the verb has no subject here (pro-drop)
                elif pron is None and self._opens_clause(s, a) and not (
                        b - a == 1 and low in ("per", "wie")) and not (  # "Per molto tempo, ...": time, no source
                        self.lex.lang in V2_LANGS and frame.subject is not None):
                    # "According to court documents and prosecutors, ...", "Selon cette même source, ...": an
                    # opening source phrase runs to its comma, whatever its words
                    frame.subject = self._source_to_comma(s, b) or frame.subject
                    if frame.subject is not None and b + 2 < n and lows[b] in ("quanto", "ce", "ciò") \
                            and lows[b + 1].endswith(PARTICIPLE_ENDINGS):
                        # "Secondo quanto riportato da Repubblica": the agent after "da" is the source
                        agent = next((x for x in range(b + 2, frame.subject[1]) if lows[x] in AGENT_PREPOSITIONS), None)
                        if agent is not None and agent + 1 < frame.subject[1]:
                            frame.subject = (agent + 1, frame.subject[1])
                elif pron is None and frame.subject is None and a > 0 and toks[a - 1].text == "," \
                        and not (b - a == 1 and low in ("per", "wie")):
                    # "..., selon les journalistes, ...": a source set off by commas in mid-sentence, whatever its words
                    frame.subject = self._source_to_comma(s, b) or self._closing_source(s, b)
            elif "-t-" in low or low.endswith(("-il", "-elle", "-ils", "-elles")) or low in ("selon",):
                frame.subject = (a, b)  # "a-t-il déclaré": the pronoun is in the cue
                if b < n and toks[b].lower in self.lex.cue_verbs:
                    b += 1
                    frame.cue = (a, b)
            elif a > 0 and toks[a - 1].lower == "to":
                frame.subject = self._infinitive_subject(s, a)  # "X called police to say ..."
            elif a > 0 and toks[a - 1].lower == "zu" and self.lex.lang == "de":
                frame.subject = self._subject_at_clause_start(s, a)  # "X war gezwungen, ... zu behaupten, ..."
            elif frame.participle and (quoted := self._quoted_as(s, a)) is not None:
                frame.subject = quoted  # "Reuters quoted German Foreign Minister Sigmar Gabriel as saying"
            elif frame.participle:
                relative = self._relative_antecedent(s, a)
                left = self._np_left(s, a - 1) if a > 0 and toks[a - 1].text != "," else None
                opening = (self._subject_at_clause_start(s, a)
                           if self.registry.is_pronoun(toks[0]) or toks[0].lower in self.lex.determiners
                           or self.lex.lang == "en" and toks[0].lower in GROUP_QUANTIFIERS
                           else None)  # ("Some Chinese experts are concerned that Truss ..., stressing that")
                frame.subject = (relative or left or opening or self._first_person_before(s, a)
                                 or self._subject_at_clause_start(s, a))
            elif a >= 3 and lows[a - 1] in RELATIVES and lows[a - 2] in PREPOSITIONS and toks[a - 3].text == "," \
                    and not (b < n and self.registry.is_name_word(toks[b])):
                # "Bild опубликовал статью, в которой говорится, что ...": an impersonal cue in a
                # relative clause about a text; its publisher, the sentence's subject, is the source
                frame.in_which = True
                runs = [r for r in self.registry.name_runs(toks[:a - 3]) if not any(s.inside[r[0]:r[1]])]
                frame.subject = runs[0] if runs else (a - 4, a - 3)  # the publisher, else the text itself
            else:
                relative = self._relative_antecedent(s, a)
                frame.relative = relative is not None
                left = relative or self._np_left(s, a - 1)
                if left is None and self.lex.lang in CASE_LANGS and a > 0 and toks[a - 1].is_word \
                        and not toks[a - 1].is_capitalised and not s.inside[a - 1]:
                    left = self._opening_person_across_adverbial(s, a)
                if left is None and self.lex.lang == "en" and 3 <= a <= 10 and lows[0] in self.lex.determiners \
                        and all(t.is_word and not s.inside[x] for x, t in enumerate(toks[:a])) \
                        and not any(w in AUXILIARIES | MODALS | CONJUNCTIONS | RELATIVES | SUBORDINATORS
                                    or w in self.lex.cue_verbs or w.endswith(("ed", "n't", "n’t")) for w in lows[1:a]):
                    # "The student at the centre of the row says ...": a common noun and its prepositional
                    # phrases open the sentence; the noun phrase is the subject
                    left = self._subject_at_clause_start(s, a)
                if left and left[0] > 0 and toks[left[0] - 1].lower in PREPOSITIONS | {"from", "of", "by"}:
                    left = self._chunk_left(s, a) or (  # "A brief narrative from the officers"
                        self._subject_at_clause_start(s, a) if toks[0].lower in self.lex.determiners
                        and self.lex.lang == "en" and relative is None else None) or left
                if left and relative is None and self.lex.lang == "de" and left[1] == a and lows[0] in PHRASE_PREPOSITIONS["de"] \
                        and not any(toks[x].text in ",;:" or s.inside[x] for x in range(0, a)) \
                        and not self._person_name_span(s, left):
                    # "Mit Blick auf die weltweiten Ernährungsprobleme warnte der UNO-Kommissar": verb second, a
                    # prepositional phrase opens the sentence, so the subject follows the cue
                    left = None
                if left and relative is None and left[0] > 0 and self.lex.lang != "en" \
                        and toks[left[0] - 1].lower in PHRASE_PREPOSITIONS.get(self.lex.lang, ()):
                    # "Zu den Ursachen erklärte der Leiter", "в Европарламенте заявил президент"; in Polish and
                    # Russian the place may open a longer run: "в Вашингтоне | Питер Раф рассказал"
                    left = (left[0] + 1, left[1]) if self.lex.lang in CASE_LANGS and left[1] - left[0] >= 3 else None
                    if left is None and self.lex.lang in CASE_LANGS:
                        # "Alina Chan z Harvardu zwróciła uwagę": the phrase before the cue is the person's
                        left = self._opening_person_across_adverbial(s, a, opening=False)
                    elif left is None and self.lex.lang == "de":
                        # "Der Epidemiologe Vinay Prasad von der Universität ... in San Francisco twitterte": verb
                        # second, the one phrase before the cue opens with the person and is the subject
                        left = self._opening_person_across_adverbial(s, a)
                if left and relative is None and left[0] > 1 and self.lex.lang in CASE_LANGS \
                        and toks[left[0] - 1].is_word and not toks[left[0] - 1].is_capitalised \
                        and toks[left[0] - 1].lower not in CONJUNCTIONS and not s.inside[left[0] - 1]:
                    # "Жозеп Боррель после встречи министров стран | G20 заявил": a name inside the
                    # adverbial's genitive chain; the person opening the sentence is the subject
                    person = self._first_person_before(s, left[0])
                    if person is not None and person[1] < left[0] and not any(
                            lows[x] in self.lex.cue_verbs or toks[x].text in ",;:" for x in range(person[1], left[0])):
                        left = person
                right = self._np_right(s, self._after_agency(s, b)) if low not in ADDRESSEE_VERBS else None
                if right is not None and self.lex.lang == "en" and _possessive_name(toks[right[1] - 1], self.registry) \
                        and right[1] < n and toks[right[1]].is_word and not toks[right[1]].is_capitalised:
                    right = None  # "X, whose book ..., said the Russian President's goal is": the clause's subject
                if right is not None and self.lex.lang == "en" and toks[right[0]].lower in SUBJECT_PRONOUNS \
                        and self._bare_clause(s, right[0]):
                    right = None  # "X, a former Marine, says he was ...": the pronoun opens the reported clause
                inverted = a == 0 or toks[a - 1].text in PUNCT_OR_MARK
                if a > 0 and not inverted and self._anaphoric_lead(s, a):
                    inverted, left = True, None  # "Das berichteten am Donnerstag zahlreiche Medien": the object
                    # pointing back opens the sentence, the subject follows the cue
                    right = right or self._np_after_adverbial(s, b)
                held = (self._subject_before_relative(s, a) or self._subject_before_side_phrase(s, a)
                        if left is None and inverted else None)
                if held is not None:
                    left, right, inverted = held, None, False  # "The leader, who asked not to be named, said"
                if a > 1 and self.lex.lang != "en" and toks[a - 1].lower in PERFECT_AUXILIARIES \
                        and (toks[a - 2].text in PUNCT_OR_MARK or toks[a - 2].lower in OBJECT_CLITICS
                             and (a == 2 or toks[a - 3].text in PUNCT_OR_MARK)):
                    inverted = True  # "..., ha affermato il portavoce del Cremlino Dmitry Peskov."
                    frame.cue = (a - 1, b)  # the auxiliary belongs to the cue
                elif a > 2 and self.lex.lang != "en" and not inverted:
                    # "», avait par exemple déclaré ... John Kirby": an auxiliary and adverbs between
                    # the quote and the cue still leave the subject after the cue
                    m = a - 1
                    while m > 0 and not s.inside[m] and (
                            lows[m] in self.lex.skippable or lows[m] in PERFECT_AUXILIARIES
                            or lows[m].endswith(("ment", "mente")) and len(lows[m]) > 6
                            or (lows[m - 1], lows[m]) in EXAMPLE_ADVERBIALS):
                        m -= 2 if (lows[m - 1], lows[m]) in EXAMPLE_ADVERBIALS else 1
                    if m < a - 1 and m >= 0 and toks[m].text in PUNCT_OR_MARK \
                            and any(lows[x] in self.lex.skippable | PERFECT_AUXILIARIES for x in range(m + 1, a)):
                        inverted = True
                if right is None and inverted and self.lex.lang != "en":
                    right = self._np_after_adverbial(s, b)
                # "\"...,\" said Lavrov" and "sagte Peskov": the subject follows the cue; in
                # English only right after a quote or a comma ("says Franken groped" is not one)
                if self.lex.lang == "en" and not inverted:
                    right = None
                elif right is not None and not inverted and right[1] < n and lows[right[1]] in self.lex.complementizers \
                        and not s.inside[right[1]] and not any(self.registry.is_pronoun(t) for t in toks[right[0]:right[1]]):
                    # "e ha avvertito Washington che ...", "et a prévenu Kiev que ...": the phrase between a cue in mid
                    # clause and its "that" is the one told, not the speaker ("Gleichzeitig betonte Putin, dass":
                    # a comma follows the subject)
                    right = None
                frame.subject = left or right
                if left and right and toks[left[1] - 1].text == "," and inverted:
                    frame.subject = right
                if self.lex.lang == "de" and left == (0, a) and right is not None and right[1] - right[0] == 1 \
                        and self.registry.is_pronoun(toks[right[0]]) and self.registry.entity_at(
                            toks[0].start, toks[a - 1].end) is None:
                    frame.subject = right  # "Dabei behauptet er, ...": verb second; the pronoun after the verb is the
                    # subject, the capitalised word opening the sentence an adverb
                if inverted and a > 0 and (right is not None or frame.subject is None):
                    named = self._closing_apposition(s, right[1] if right is not None else b)
                    if named is not None and self.lex.lang == "de" and right is not None \
                            and lows[named[0]] in self.lex.determiners and self._person_name_span(s, right):
                        named = None  # "sagte Kevin Roberts, Präsident der Heritage Foundation, der New York Times":
                        # after the person's own name, an article's phrase closing the sentence is who was told
                    if named is not None:
                        frame.subject = named  # "said Iran’s Head of ... and adviser to ..., Ali Akbar Velayati."
                if right and inverted and a > 0 and not any(t.is_word for t in toks[right[1]:]):
                    frame.subject = right  # "..., said embassy spokeswoman Jinnie Lee.": the subject closes the sentence
                elif right and inverted and a > 0 and self.lex.lang in CASE_LANGS:
                    named = self._closing_person(s, right[1])
                    if named is not None:
                        # "— отмечает председатель Союза политэмигрантов и политзаключенных Украины Лариса Шеслер.":
                        # a role and its long genitive chain, then the person's full name closing the sentence
                        frame.subject = named
                if frame.subject is None and self.lex.lang == "en" and inverted and a > 0 and toks[a - 1].text in PUNCT_BETWEEN | QUOTE_CHARS:
                    frame.subject = self._description_after(s, b)  # '"...," said the shooter’s neighbor.'
                if frame.subject is None and self.lex.lang != "en" and inverted and not (b < n and toks[b].text == ","):
                    # not after a parenthetical cue ("L'Occidente, ha proseguito, deve ..."): pro-drop
                    frame.subject = (self._description_after(s, b)  # "— отметил пользователь."
                                     or self._first_person_after(s, b))  # "stwierdza w wywiadzie ... Kaczyński"
                if frame.subject is None and inverted and a > 0 and self.lex.lang == "ru" and low.endswith("ли"):
                    frame.subject = self._impersonal_place_source(s, b)
                if self.lex.lang == "de" and not inverted:
                    # "X hatte CNN mitgeteilt, dass": the subject by the auxiliary, not the object before the cue
                    frame.subject = self._german_perfect_subject(s, a) or frame.subject
                if frame.subject is None and not inverted and self.lex.lang in CASE_LANGS and left is None:
                    # "Об этом заявил в интервью ТАСС заместитель министра Владимир Ильичев": free word order,
                    # the subject after an adverbial, before any comma or "что"
                    after = self._first_person_after(s, b)
                    if after is not None and not any(toks[x].text == "," or lows[x] in self.lex.complementizers
                                                     for x in range(b, after[0])):
                        frame.subject = after
                if frame.subject is None and not inverted:
                    frame.subject = self._chunk_left(s, a) or self._coordinated_subject(s, a, frames)
                if frame.subject is None and a > 0 and toks[a - 1].text == "," and self.lex.lang == "en":
                    frame.subject = self._subject_at_clause_start(s, a)  # "X gets 20 years, says ..."
                if frame.subject is None and a > 1 and toks[a - 1].text in QUOTE_CHARS and s.inside[a - 2] \
                        and self.lex.lang == "en" and not s.inside[0] and toks[0].text not in QUOTE_CHARS:
                    # 'A woman described as a "former official" told ...': the quote ends the subject
                    frame.subject = self._subject_at_clause_start(s, a)
            if frame.subject is not None and frame.subject[0] >= b and frame.subject[1] + 1 < n \
                    and toks[frame.subject[1]].text == "," \
                    and any(bare(t.text) in self.lex.roles for t in toks[frame.subject[0]:frame.subject[1]]):
                named = self._name_apposition(s, frame.subject[1] + 1)
                if named is not None:  # "ha dichiarato il ministro degli Esteri, Luigi Di Maio, a margine"
                    frame.subject = (frame.subject[1] + 1, named[0] - 1)
            frames.append(frame)
            i = b
        opening = self._opening_as_report(s)
        if opening is not None:
            frames.append(opening)  # after the cue's own frame, which reports first when it can
        verb_cues = {f.cue[0] for f in frames if f.kind == "verb"}
        return [f for f in frames if not self._as_source_of_next_cue(s, f, verb_cues)]

    def _impersonal_place_source(self, s: Sentence, b: int) -> tuple[int, int] | None:
        """"..., заявили в представительстве ДНР.", "..., сообщили РИА Новости в пресс-службе Следственного
        комитета.": an impersonal plural cue closing the sentence, its source the body after "в"/"во" (after at
        most three words of an addressee), running to the sentence end with no comma, quote or cue, a capitalised name in it."""
        toks = s.tokens
        end = len(toks)
        while end > b and toks[end - 1].text in PUNCT_BETWEEN:
            end -= 1
        at = next((k for k in range(b, min(b + 4, end)) if toks[k].lower in ("в", "во")), None)
        if at is None or end - at < 2 or end - at > 9:
            return None
        if any(s.inside[k] or not toks[k].is_word and toks[k].text not in "-." or toks[k].lower in self.lex.cue_verbs
               for k in range(b, end)) or not any(toks[k].is_capitalised for k in range(at + 1, end)):
            return None  # (a body names itself: not "написали в ответ", "in reply")
        return at + 1, end

    def _closing_person(self, s: Sentence, k: int) -> tuple[int, int] | None:
        """A person's full name (two words or more) closing the sentence within eight words after token ``k``,
        with no comma, quote, cue or complementizer between: its token range."""
        toks = s.tokens
        end = len(toks)
        while end > k and not toks[end - 1].is_word:
            end -= 1
        if end <= k or end - k > 8 or any(s.inside[k:end]) or any(
                t.text in ",;:" or t.lower in self.lex.cue_verbs or t.lower in self.lex.complementizers
                for t in toks[k:end]):
            return None
        hit = max((x for x in self.registry.mentions_in(toks[k].start, toks[end - 1].end) if x[0][1] == toks[end - 1].end),
                  default=None, key=lambda x: x[0][1] - x[0][0])
        if hit is None:
            return None
        first = next(x for x in range(k, end) if toks[x].start >= hit[0][0])
        if first > 0 and toks[first - 1].lower in PHRASE_PREPOSITIONS.get(self.lex.lang, ()):
            return None  # "powiedział Rafał Ziemkiewicz w | Telewizji Republika": a place, not the speaker
        return (first, end) if end - first >= 2 else None

    def _relative_source(self, s: Sentence, a: int, b: int) -> Frame | None:
        """"la déclaration de Joe Biden selon laquelle <clause>", "l’amministrazione di Zelensky secondo cui ...",
        "prognozy, według których ...", "заявление Путина, согласно которому ...": an "according to" cue whose
        object is a relative pronoun reports the clause after it; the source is the name closing the antecedent
        phrase, else nobody named (a text, a claim)."""
        toks, n = s.tokens, len(s.tokens)
        if toks[b].lower not in RELATIVE_OBJECTS or b + 4 > n or any(s.inside[a:b + 1]) or a == 0:
            return None
        end = a - 1 if toks[a - 1].text == "," else a
        if end == 0 or not toks[end - 1].is_word:
            return None
        frame = Frame((a, b + 1), "according", False)
        frame.opening, frame.relative_source = b, True
        mention = max((x for x in self.registry.mentions_in(toks[0].start, toks[end - 1].end, None)
                       if x[0][1] == toks[end - 1].end), default=None, key=lambda x: x[0][1] - x[0][0])
        if mention is not None:
            first = next(k for k in range(end) if toks[k].start >= mention[0][0])
            role = self._role_of_left(s, first)
            if role < first and next(bare(t.text) for t in toks[role:first] if t.lower not in self.lex.determiners) \
                    not in self.lex.org_words:
                first = role  # "il consigliere del ministero dell'interno di Kiev, secondo cui": the role holder
            frame.subject = (first, end)
        else:
            self.unnamed_cues.add((toks[a].start, toks[b].end))  # "le discours officiel selon lequel": unnamed
        return frame

    def _document_reads(self, s: Sentence, i: int) -> bool:
        """English '"...," the statement read.', '..., the letter reads.': "read" is a speech tag only after
        quoted words, with a written text as its subject, closing the sentence."""
        toks = s.tokens
        return (self.lex.lang == "en" and toks[i].lower in ("read", "reads") and i >= 2
                and toks[i - 1].lower in READING_TEXTS
                and (toks[i - 2].lower in self.lex.determiners or _possessive_name(toks[i - 2], self.registry))
                and any(s.inside[:i - 2]) and not any(t.is_word for t in toks[i + 1:]))

    def _as_source_of_next_cue(self, s: Sentence, f: Frame, verb_cues: set[int]) -> bool:
        """"Об этом, как передает ТАСС, заявил Шольц": an "as <cue> X" phrase set in commas before another
        cue names where the report was read, not a report of its own."""
        toks = s.tokens
        if f.kind != "according" or toks[f.cue[0]].lower not in ("как", "jak") or f.cue[0] == 0 \
                or toks[f.cue[0] - 1].text != ",":
            return False
        comma = next((m for m in range(f.cue[1], len(toks)) if toks[m].text == "," and not s.inside[m]), None)
        return comma is not None and comma + 1 in verb_cues

    def _subject_before_relative(self, s: Sentence, a: int) -> tuple[int, int] | None:
        """English: "The group's leader, who asked not to be named, said ...": the comma before the cue closes
        a relative clause about the subject, which opens the sentence; the cue is not inverted."""
        toks = s.tokens
        if self.lex.lang != "en" or a < 4 or toks[a - 1].text != ",":
            return None
        for m in range(a - 2, 1, -1):
            if s.inside[m] or toks[m].text in ",;:":
                return None
            if toks[m].lower in ("who", "which", "whose") and toks[m - 1].text == ",":
                subject = self._np_left(s, m - 2) or self._subject_at_clause_start(s, m - 1)
                return subject if subject is not None and subject[0] == 0 else None
        return None

    def _subject_before_side_phrase(self, s: Sentence, a: int) -> tuple[int, int] | None:
        """"Smith, for his part, said", "Блинкен, в свою очередь, заявил": the subject before a "for his part"
        phrase set in commas right before the cue."""
        toks = s.tokens
        if a < 4 or toks[a - 1].text != ",":
            return None
        side = self._side_phrase_before(s, a)
        j = a - side - 1
        if not side or j < 1 or toks[j].text != ",":
            return None
        return self._np_left(s, j - 1)

    def _after_agency(self, s: Sentence, b: int) -> int:
        """Russian and Polish put the agency told between the cue and its subject ("сообщил РИА Новости
        источник в МИД", "powiedział PAP rzecznik rządu"): where the subject starts, after the agency."""
        toks = s.tokens
        j = b
        if self.lex.lang not in CASE_LANGS:
            return b
        while j + 1 < len(toks) and not s.inside[j] and is_agency_word(toks, j):
            j += 1
        return j if j < len(toks) and toks[j].is_word else b

    def _opening_as_report(self, s: Sentence) -> Frame | None:
        """A sentence opening with "as" and a cue verb before its first comma ("Как подчеркнул эксперт,
        ...", "Jak podkreślili sygnatariusze listu, ...", "Comme l'a rappelé le ministre, ...") reports the
        clause after the comma; the words around the cue name the source."""
        toks, n = s.tokens, len(s.tokens)
        if self.lex.lang == "en":
            return None  # English has its own, stricter rule (_as_report: "As Paul wrote for The Post, ...")
        k = self._first_word(s)
        if k >= n or toks[k].lower not in AS_REPORT_WORDS or any(s.inside[:k + 1]):
            return None
        comma = next((c for c in range(k + 2, min(n, k + 12)) if toks[c].text == "," or s.inside[c]), None)
        if comma is None or s.inside[comma] or comma + 3 >= n:
            return None
        cue = next((v for v in range(k + 1, comma) if toks[v].lower in self.lex.cue_verbs), None)
        if cue is None:
            return None
        if not any(self._is_np_word(toks[x]) or self.registry.is_pronoun(toks[x]) for x in range(k + 1, cue)):
            subject = (cue + 1, comma)  # "как подчеркнул эксперт", "comme l'a rappelé le ministre"
        else:
            subject = (k + 1, cue)  # "As the website Kath.net writes"
        if subject[0] >= subject[1]:
            return None
        frame = Frame((k, cue + 1), "according", False, subject)
        frame.opening = comma
        return frame

    def _resolve(self, s: Sentence, frame: Frame) -> None:
        frame.resolved = True
        main = self._main_report(s, frame) if frame.participle else None
        if main is not None:
            frame.speaker = main  # "X noted that ..., adding that ...": the participle is X's
        else:
            self._resolve_subject(s, frame)
        if frame.speaker is not None and not frame.weak and s.paragraph not in self.titles:
            # later pronouns may refer to this speaker
            self.recent.append((s.tokens[frame.cue[0]].start, frame.speaker))

    def _writer(self, tok: Token) -> Entity:
        """The article's writer, speaking in the first person singular outside quotes: one entity named "I"."""
        e = next((e for e in self.registry.entities if e.key == "writer:i"), None)
        if e is None:
            e = Entity(id=f"E{len(self.registry.entities) + 1}", name="I", kind="person", key="writer:i")
            self.registry.entities.append(e)
        e.add(tok.start, tok.end)
        return e

    def _clean_subject(self, core: list[Token]) -> list[Token]:
        """A speaker phrase without the words that cannot be part of it: a clause's verb and what
        follows ("Prosecutors | said the timing", "Wasserman Schultz | was defending"), opening
        connectives ("But", "However", "So"), and a bare first person ("I", "we": the author).

        Per language, from small closed word classes: a negation ends the phrase ("ne cessent de"); a
        time adverbial before it is dropped ("Parę dni temu", "W czwartek późnym wieczorem | portal
        rbb24"); a phrase opening with a preposition is its object, not a speaker ("devant la résistance
        du public", "Nell'articolo"); an opening gerund or auxiliary is no one ("Accusant", "È quanto");
        trailing adverbs and emphatic pronouns go ("Yuri Knutov | a récemment", "Джо Байден | даже
        бесцеремонно", "le gouvernement britannique | lui-même"), as do lowercase words after a full
        name ("Hannes Amesbauer | besorgt"); in German, where every noun is capitalised, a phrase with
        no capitalised word is no one ("bedeutet", "genauer")."""
        lang = self.lex.lang
        if any(t.text == "(" for t in core):
            opened = next(n for n, t in enumerate(core) if t.text == "(")
            closed = next((n for n, t in enumerate(core) if n > opened and t.text == ")"), len(core) - 1)
            core = core[:opened] + core[closed + 1:]  # "Matteo Salvini (Lega)": the party in brackets
        if lang in CASE_LANGS and len(core) >= 3 and core[0].lower in ("w", "we", "в", "во") \
                and all(t.is_word and not t.is_capitalised for t in core[1:]) \
                and self._role_word(core[-1]) and not any(self._role_word(t) for t in core[1:-1]):
            core = core[-1:]  # "W trzyminutowym materiale | dziennikarka (mówi)", "В своем выступлении | министр
            # (заявил)": the place where it was said, then the speaker, a role noun
        neg = next((n for n, t in enumerate(core) if t.lower in PHRASE_NEGATIONS
                    or lang == "fr" and t.lower.startswith(("n'", "n’"))), None)
        if neg is not None:
            core = core[:neg]
        times = [n for n, t in enumerate(core) if t.lower in TIME_WORDS and (n == 0 or not t.is_capitalised)]
        if times:
            core = core[times[-1] + 1:]
        if core and not core[0].text.isupper() and (core[0].lower in PHRASE_PREPOSITIONS.get(lang, ())
                                                     or core[0].lower.startswith(ELIDED_PREPOSITIONS)):
            # "Malgré le fait", "devant la résistance du public", "Nell'articolo": no one; but "(ha dichiarato)
            # al Senato | Antonio Saccone": a person named after the adverbial is the speaker
            person = next((n for n, t in enumerate(core) if n >= 1 and any(
                e.kind == "person" or m[1] == core[-1].end and lang in CASE_LANGS and not country_of(e.name)
                for m, e in self.registry.mentions_in(t.start, t.start + 1, ("person", "other"), opening=True))), None)
            # ("napisał na Twitterze | Tusk": a bare name closing the phrase after the platform speaks too)
            if person is None and lang in CASE_LANGS and len(core) >= 2 and core[0].lower in ("в", "во", "w", "we") \
                    and (core[1].is_capitalised or any(w[:6] == core[1].lower[:6] for w in self.lex.org_words if len(w) >= 6)):
                person = 1  # "Как сообщили в МВД", "w ministerstwie": the body where it was said speaks
            if person is None:
                return []
            core = core[person:]
        cut = next((n for n, t in enumerate(core) if n > 0 and (
            self.lex.lang == "en" and (t.lower in AUXILIARIES | MODALS or t.lower in BARE_CLAUSE_VERBS)
            or self.lex.lang != "en" and t.lower.replace("’", "'") in CLAUSE_WORDS and not t.is_capitalised)), None)
        if cut:
            # (a capitalised word inside the phrase is a name's, no verb: "Segretario di | Stato | americano")
            core = core[:cut]  # "Putin | l’ha", "Joe Biden | ayant": a verb ends the speaker phrase
        if core and core[0].lower in CONCESSIVE_OPENERS:
            return []  # "Choć większość wirusologów", "Although most experts": a subordinate clause, no speaker
        cut = next((n for n, t in enumerate(core) if n > 0 and t.lower in RELATIVES and t.lower not in self.lex.determiners
                    and not t.text.isupper()
                    and not self._surname_particles(core, n)), None)
        if cut:
            core = core[:cut]  # "Voilà la phrase | qui": a relative pronoun ends the speaker phrase
        if lang in CASE_LANGS:
            cut = next((n for n, t in enumerate(core) if n > 0 and t.is_word and not t.is_capitalised and len(t.text) > 4
                        and t.lower.endswith(FINITE_ENDINGS[lang]) and not self._role_word(t)), None)
            if cut:
                core = core[:cut]  # "Berlusconi | zaprzeczył", "Niektórzy | próbują": a finite verb ends the phrase
        while core and core[0].lower not in self.lex.determiners and core[0].lower not in GENITIVE_LINKS \
                and (core[0].lower in self.lex.stop_capitalised or core[0].lower in CONJUNCTIONS) \
                and not self._stop_word_surname(core[0]) \
                and not self.registry.is_pronoun(core[0]) and not (len(core[0].text) > 1 and core[0].text.isupper()):
            core = core[1:]  # ("WHO" is an acronym, not "who")
        if len(core) >= 2 and core[0].lower in LISTENER_PRONOUNS.get(lang, ()) and not core[0].text.isupper():
            core = core[1:]  # "(mówią) nam | eksperci": the listener, then the speaker
        if len(core) >= 2 and not core[0].text.isupper():
            lead = 1 if core[0].lower in self.lex.determiners and len(core) >= 3 else 0
            if core[lead].lower in self._source_nouns() and (lang == "de" or not core[lead].is_capitalised):
                core = core[lead + 1:]  # "(Согласно) информации | издания", "Den Worten | Kissingers (zufolge)"
        if core and all(t.lower.replace("’", "'").split("'")[0] in FIRST_PERSON for t in core):
            return []  # "I", "we", "I’ll": the author
        if core and not (len(core[0].text) > 1 and core[0].text.isupper()) and (
                core[0].lower in PHRASE_PREPOSITIONS.get(lang, ()) or core[0].lower.startswith(ELIDED_PREPOSITIONS)
                or lang != "en" and core[0].lower.replace("’", "'") in CLAUSE_WORDS):
            return []  # "devant la résistance du public", "Nell'articolo", "È quanto": no one
        if core and len(core) > 1 and len(core[0].text) > 6 and not self._registered(core[0]) \
                and core[0].lower.endswith(ADVERB_SUFFIXES.get(lang, ())):
            core = core[1:]  # "Erstaunlicherweise (fragte er)": an opening adverb
        elif len(core) == 1 and len(core[0].text) > 6 and lang != "en" and not self._registered(core[0]) \
                and core[0].lower.endswith(ADVERB_SUFFIXES.get(lang, ())):
            return []
        impersonal = IMPERSONAL.get(lang, frozenset())
        if core and core[-1].lower in impersonal and all(t.lower in impersonal or t.lower in CONJUNCTIONS
                                                         or t.lower in self.lex.stop_capitalised for t in core):
            return []  # "Si l'on résume", "man": no one in particular
        if len(core) >= 2 and (lang == "fr" and (core[0].lower == "du" or core[0].lower == "des" and core[1].is_capitalised)
                               or lang == "it" and core[0].lower in ("del", "della", "dello", "dell'", "dell’")):
            return []  # "(la capitale) des Gaules", "(dépendante) du gaz russe": a genitive, not a subject
        if core and lang in GERUND_ENDINGS and len(core[0].text) > 5 \
                and core[0].lower.endswith(GERUND_ENDINGS[lang]) and not self._registered(core[0]):
            core = core[1:]  # "Accusant ...", "avendo vinto ...": a gerund opens an adverbial clause
            if not any(t.is_capitalised for t in core):
                return []
        trailers = SUBJECT_TRAILERS.get(lang, ())
        while len(core) > 1:
            tail = next((w for w in trailers if len(core) > len(w) and not core[-len(w)].is_capitalised
                         and tuple(t.lower for t in core[-len(w):]) == w), None)
            if tail is None:
                break
            core = core[:-len(tail)]  # "Deklaracja | dalej", "Вашингтоне | после этого", "ukrainien | lui"
        while len(core) > 1 and (core[-1].lower in PHRASE_END_WORDS or core[-1].lower in self.lex.skippable
                                 or core[-1].lower.replace("’", "'") in CLAUSE_WORDS and lang != "en"
                                 or not core[-1].is_capitalised and len(core[-1].text) > 6
                                 and core[-1].lower.endswith(ADVERB_SUFFIXES.get(lang, ()))
                                 and core[-2].lower not in self.lex.determiners and core[-2].lower not in ROLE_LINKS):
            # (a noun in -ment after its article is no adverb: "du gouvernement", "le parlement")
            core = core[:-1]  # "Yuri Knutov a récemment", "Джо Байден даже бесцеремонно"
        plain = [n for n, t in enumerate(core) if self.registry.is_name_word(t) and not self.registry.is_title(t)]
        if plain and plain[-1] < len(core) - 1 and lang != "en" and (lang == "de" or len(plain) >= 2 and plain[-2] == plain[-1] - 1) \
                and all(t.is_word and not t.is_capitalised and not self._role_word(t) for t in core[plain[-1] + 1:]):
            core = core[:plain[-1] + 1]  # "Hannes Amesbauer | besorgt", "USA | klar"
        if lang == "de" and core and not any(t.is_capitalised or self.registry.is_pronoun(t) for t in core):
            return []  # "bedeutet", "genauer": German capitalises every noun, so no noun here
        if len(core) == 1 and lang != "en" and not core[0].text.isupper() and (core[0].lower in QUANTITY_WORDS or (
                not self._registered(core[0]) and len(core[0].text) > 5
                and core[0].lower.endswith(OPENING_PARTICIPLE_ENDINGS.get(lang, ()))
                and not core[0].lower.startswith(("l'", "l’")))):
            return []  # "Molto (è stato detto)", "Attaqué (sur ...)": no one (but "l'armée": a noun after its article)
        if len(core) == 1 and self.lex.lang == "en" and not self._stop_word_surname(core[0]) and (
                core[0].lower in NOT_SPEAKERS | MODALS | AUXILIARIES or core[0].lower.endswith("ly")):
            return []  # "please", "perhaps", "can", "incorrectly": no one
        if len(core) == 1 and self.lex.lang != "en" and not core[0].text.isupper() and (
                core[0].lower.replace("’", "'") in CLAUSE_WORDS or core[0].lower in self.lex.determiners
                or core[0].lower in self.lex.stop_capitalised
                or core[0].lower.endswith(("ment", "mente")) and len(core[0].text) > 6
                or (core[0].lower.startswith(("c'", "c’", "s'", "s’")) or core[0].lower in ("l'a", "l’a"))
                and not core[0].text[2:3].isupper()):
            return []  # "la", "Lo", "C’est", "l'a", "Purtroppo", "autrement": no one (but "l'armée", "l'avocat")
        return core

    def _source_nouns(self) -> frozenset[str]:
        """Nouns that head a source phrase and govern its source ("информации", "Worten", "informacji")."""
        return source_nouns(self.lex)

    def _stop_word_surname(self, tok: Token) -> bool:
        """A capitalised stop word that is the surname of a person the article names ("May" after "Theresa May")."""
        return tok.lower in SURNAME_STOP_WORDS and tok.is_capitalised and self.registry.is_name_word(tok)

    def _german_common_nouns(self, core: list[Token]) -> bool:
        """German capitalises every noun: a phrase whose capitalised words are all unregistered nouns
        that are no role ("Finanzprofessor", "CNN-Direktor"), no source ("Nachrichtenportal",
        "NATO-Bericht"), no country and no acronym is no speaker ("Umvolkung", "Form von Todesfällen")."""
        lows = [t.lower for t in core]
        if not (lows[0] in self.lex.determiners or any(w in ("der", "des", "von", "vom") for w in lows[1:])
                or any(t.is_capitalised and t.lower.endswith(GERMAN_NOUN_SUFFIXES) for t in core)):
            return False  # "Bölke": a capitalised word alone, with no article, may be a surname
        for t in core:
            if not t.is_capitalised or t.lower in self.lex.determiners:
                continue
            low = strip_possessive(t.lower)
            last = low.split("-")[-1]
            if (self._registered(t) or country_of(t.text) or (len(t.text) >= 2 and any(c.isupper() for c in t.text[1:]))
                    or self.registry.is_title(t) or low in self.lex.roles or low in self.lex.groups
                    or low in self.lex.org_words or low in DOCUMENTS or self.registry.is_pronoun(t)
                    or last.endswith(GERMAN_SOURCE_NOUNS)
                    or any(len(r) >= 4 and (last.endswith(r) or last.endswith(r + "in")) for r in self.lex.roles)):
                return False
        return True

    def _named_before_appositive(self, s: Sentence, core: list[Token]) -> Entity | None:
        """The person named right before a role set off by a comma ("Alberto Stefani, commissario della
        Liga veneta ha detto"): the role describes that person."""
        k = next((n for n, t in enumerate(s.tokens) if t.start == core[0].start), None)
        if k is None or k < 2 or s.tokens[k - 1].text != "," or s.inside[k - 2] \
                or not core[0].is_word or core[0].is_capitalised or bare(core[0].text) not in self.lex.roles:
            return None
        end = s.tokens[k - 2].end
        e = next((e for e in self.registry.entities if e.kind == "person" for m in e.mentions if m[1] == end), None)
        if e is not None:
            e.add(core[0].start, core[-1].end)
        return e

    def _registered(self, tok: Token) -> bool:
        """The token lies in a name the name scan registered."""
        return self.registry.entity_at(tok.start, tok.end) is not None or any(
            a <= tok.start and tok.end <= b for e in self.registry.entities for a, b in e.mentions)

    def _role_word(self, tok: Token) -> bool:
        low = bare(tok.text)
        return (low in self.lex.roles or low in self.lex.groups or low in self.lex.org_words
                or self.registry.is_title(tok) or tok.lower in GENITIVE_LINKS or tok.lower in self.lex.name_particles)

    def _main_report(self, s: Sentence, frame: Frame) -> Entity | None:
        """The speaker of the finite cue before a participle cue in the same sentence ("the prime
        minister noted that ..., adding that ...", "a déclaré ..., ajoutant que"), when no quote,
        relative pronoun or other cue stands between them."""
        before = [f for f in s.frames if f is not frame and f.kind == "verb" and not f.participle
                  and f.cue[1] <= frame.cue[0] and not f.relative]
        if not before or frame.cue[0] == 0 or s.tokens[frame.cue[0] - 1].text != ",":
            return None  # only ", adding that": "concluded ... by admitting" is no second report
        main = before[-1]
        if not main.resolved:
            self._resolve(s, main)
        if main.speaker is None or any(s.inside[main.cue[1]:frame.cue[0]]):
            return None
        if any(t.lower in RELATIVES for t in s.tokens[main.cue[1]:frame.cue[0]]):
            return None
        return main.speaker

    def _noun_phrase_end(self, s: Sentence, j: int) -> int:
        """Where the noun phrase starting at ``j`` ends: its words, and a particle or genitive link
        before a name ("le chef de l’État Emmanuel Macron": a genitive with an elided article before
        a body; "Ursula von der Leyen": two particles before a surname)."""
        toks, n = s.tokens, len(s.tokens)
        while j < n and not s.inside[j] and (self._is_np_word(toks[j]) or self._complement_adjective(s, j) or (
                self.lex.lang == "ru" and j > 0 and toks[j].is_word and not toks[j].is_capitalised
                and self._in_one_mention(toks[j - 1], toks[j])) or (
                j > 0 and toks[j].lower in BODY_NAME_LINKS and self._in_one_mention(toks[j - 1], toks[j])) or (
                (toks[j].lower in self.lex.name_particles or toks[j].lower in GENITIVE_LINKS)
                and j + 1 < n and (self.registry.is_name_word(toks[j + 1]) or self._elided_name(toks[j + 1])
                                   or j + 2 < n and toks[j].lower in self.lex.name_particles
                                   and self._surname_particles(toks, j + 1)))):
            j += 1
        return j

    def _complement_adjective(self, s: Sentence, j: int) -> bool:
        """French, Italian, Spanish: ``toks[j]`` is the lowercase adjective completing a capitalised
        complement of a role ("la ministre des Affaires | étrangères", "il ministro degli Affari | esteri",
        "le ministre de la Défense | nationale"): after "<link> [article] <Capitalised>", agreeing with it
        (the same last letter), no stop word, cue, time word or preposition."""
        toks, lex = s.tokens, self.lex
        if lex.lang not in ("fr", "it", "es") or j < 3 or s.inside[j - 1]:
            return False
        t, noun = toks[j], toks[j - 1]
        link = toks[j - 2] if toks[j - 2].lower in ROLE_LINKS or toks[j - 2].lower not in lex.determiners else toks[j - 3]
        if not t.is_word or t.is_capitalised or len(t.text) < 4 or not noun.is_capitalised or noun.text.isupper() \
                or link.lower not in ROLE_LINKS or t.text[-1] != noun.text[-1]:
            return False
        low = t.lower
        return not (low in lex.stop_capitalised or low in lex.cue_verbs or low in lex.complementizers
                    or low in lex.determiners or low in TIME_WORDS or low in lex.skippable
                    or low in PHRASE_PREPOSITIONS.get(lex.lang, ()) or low in ADVERBIAL_PREPOSITIONS
                    or low.endswith(ADVERB_SUFFIXES.get(lex.lang, ())))

    def _adjective_before_adverbial(self, s: Sentence, j: int) -> bool:
        """French, Italian, Spanish: ``toks[j]``, after a role, is its adjective when a preposition follows it
        ("il senatore fiorentino | nel suo libro"); no time word, adverb or participle ("il ministro | oggi",
        "il ministro intervenuto a Roma")."""
        toks, lang = s.tokens, self.lex.lang
        if lang not in ("fr", "it", "es") or j + 1 >= len(toks) or s.inside[j + 1]:
            return False
        nxt, low = toks[j + 1].lower, toks[j].lower
        return (nxt in PHRASE_PREPOSITIONS.get(lang, ()) or nxt in ADVERBIAL_PREPOSITIONS or nxt in PREPOSITIONS
                or nxt.startswith(ELIDED_PREPOSITIONS)) \
            and low not in TIME_WORDS and low not in self.lex.skippable and len(low) > 3 \
            and not low.endswith(ADVERB_SUFFIXES.get(lang, ()) + PARTICIPLE_ENDINGS + GERUND_ENDINGS.get(lang, ()))

    def _compound_role(self, low: str) -> str | None:
        """German: the role a compound noun ends in ("ratsvorsitzende" -> "vorsitzende", "regierungssprecher"
        -> "sprecher"), a role of at least five letters; else None."""
        return max((r for r in self.lex.roles if len(r) >= 5 and low.endswith(r) and len(low) > len(r) + 2),
                   key=len, default=None)

    def _head_of_genitive_name(self, lead: list[Token], entity: Entity) -> bool:
        """Polish, Russian: ``lead`` is a lowercase noun heading the phrase (a role, a group, a body's noun, or a
        role with a prefix: "europosłanka", "вице-спикер") and after it a name in the genitive, which the noun
        governs ("poseł Lewicy", "analitycy Instytutu Europy Środkowej", "пресс-службе Следственного комитета
        России"): the noun's holder speaks, not the name. The name is a body's (an organisation, a country,
        letters), or one word in a genitive ending the article never gives a first name, so no person's
        surname ("poseł Kowalski" follows "Jan Kowalski" and reads as his name)."""
        first = bare(lead[0].text)
        noun = (first in self.lex.roles or first in self.lex.groups or self.registry._inflected_org_word(first)
                or any(first.startswith(p) and first[len(p):] in self.lex.roles and len(first) - len(p) >= 4
                       for p in ROLE_PREFIXES.get(self.lex.lang, ())))
        genitive = GENITIVE_ADJECTIVE_ENDINGS[self.lex.lang] + GENITIVE_NOUN_ENDINGS[self.lex.lang]
        if not noun or not lead[-1].is_capitalised or not all(
                t.is_capitalised or t.lower in GENITIVE_LINKS or t.is_word and t.lower.endswith(genitive)
                for t in lead[1:]) \
                or any(t.lower in self.lex.determiners or self.registry.is_title(t) for t in lead[1:]):
            return False  # ("Следственного комитета России": a lowercase body noun in the genitive inside the name)
        if entity.kind in ("organisation", "country"):
            return True
        name = lead[1:]
        if len(name) == 1 and len(name[0].text) <= 5 and sum(c.isupper() for c in name[0].text) >= 2:
            return True  # "europosłanka PiS", "депутат ЛДПР": a party's letters
        if len(name) != 1 or len(entity.name.split()) != 1 or any(
                sum(w[:1].isupper() for w in self.text[a:b].split()) > 1 for a, b in entity.mentions):
            return False  # (a first name before it somewhere: a person's surname)
        low = name[0].lower
        endings = GENITIVE_NOUN_ENDINGS[self.lex.lang]
        if self.lex.lang == "pl":
            endings = ("y", "ii", "ji", "u")  # (a nominative surname ends in "-i", "-a" as often: "Kowalski", "Duda")
        return len(low) > 3 and low.endswith(endings)

    def _genitive_body(self, words: list[Token]) -> bool:
        """Polish, Russian: the words after a role are a body's name in the genitive ("Sztabu Generalnego",
        "Platformy Obywatelskiej", "администрации Запорожской области"): each word ends as a genitive
        does, and a capitalised one as an adjective's genitive ("-ego", "-ej", "-ого", "-ой"), which a
        person's name in the nominative ("Piotr Müller", "Мария Захарова") never does."""
        adjective = GENITIVE_ADJECTIVE_ENDINGS[self.lex.lang]
        noun = adjective + GENITIVE_NOUN_ENDINGS[self.lex.lang]
        caps = [t for t in words if t.is_capitalised]
        if self.lex.lang == "pl" and len(words) == 2 and words[0].lower.endswith("ej") \
                and words[1].lower.endswith("a") and not words[1].lower.endswith(adjective):
            return False  # "(prezydent) Andrzej Duda": a first name in "-ej" is no feminine adjective, which would
            # take a noun in "-y"/"-i" ("Platformy Obywatelskiej"), not in "-a"
        return bool(caps) and all(t.is_word and not t.text.isupper() and t.lower.endswith(noun) for t in words) \
            and any(t.lower.endswith(adjective) for t in caps)

    def _surname_particles(self, toks: list[Token], n: int) -> bool:
        """``toks[n]`` is the article of two particles inside a person's name ("Ursula von | der | Leyen"):
        a name word before the first particle and a name word after, no German common noun ("der
        Kindermediziner von der Universität Mainz" is a preposition and an article)."""
        return (toks[n].lower in ARTICLE_PARTICLES and n >= 2 and toks[n - 1].lower in self.lex.name_particles
                and self.registry.is_name_word(toks[n - 2]) and n + 1 < len(toks)
                and self.registry.is_name_word(toks[n + 1])
                and not toks[n + 1].lower.endswith(GERMAN_NOUN_SUFFIXES)
                and not (self.lex.lang == "de" and toks[n - 2].lower.endswith(GERMAN_NOUN_SUFFIXES + ("er", "in"))))

    def _opening_common_word(self, s: Sentence, rng: tuple[int, int]) -> bool:
        """The phrase is one capitalised word opening the sentence that the language's corpus writes in lower
        case ("Gleichzeitig betonte Putin", "Soon after taking office", "Niedawno nagrała"): no speaker's name."""
        a, b = rng
        words = [k for k in range(a, b) if s.tokens[k].text != ","]
        if len(words) != 1:
            return False
        tok = s.tokens[words[0]]
        return self._capitalised_common_opener(s, tok) \
            and not self.registry.is_pronoun(tok) and tok.lower not in self._writer_pronouns \
            and bare(tok.text) not in self.lex.groups and tok.lower not in self.lex.determiners

    def _capitalised_common_opener(self, s: Sentence, tok: Token) -> bool:
        """``tok`` is the first word of its sentence, capitalised (not in capitals), and the language's corpus
        writes it in lower case; it is no title or role, and no entity stands there."""
        first = next((t for t in s.tokens if t.is_word), None)
        return first is tok and tok.is_capitalised and not tok.text.isupper() \
            and tok.lower in common_words(self.lex.lang) and not self.registry.is_title(tok) \
            and bare(tok.text) not in self.lex.role_forms and self.registry.entity_at(tok.start, tok.end) is None

    def _plural_cue(self, s: Sentence, frame: Frame) -> bool:
        """A plural cue verb ("oświadczyli", "заявили", "hanno detto"): its subject is mostly a plural noun
        ("Lekarze oświadczyli"), not an opening adverb."""
        lows = [t.lower for t in s.tokens[frame.cue[0]:frame.cue[1]]]
        if self.lex.lang == "pl":
            return any(w.endswith(("li", "ły")) for w in lows)
        if self.lex.lang == "ru":
            return any(w.endswith("ли") for w in lows)
        return any(w in ("hanno", "avevano", "sono", "erano") or w.endswith(("ano", "ono")) for w in lows)

    def _unnamed(self, s: Sentence, frame: Frame) -> None:
        """Record that the rules name nobody for this cue on purpose."""
        self.unnamed_cues.add((s.tokens[frame.cue[0]].start, s.tokens[frame.cue[1] - 1].end))

    def _opening_common_name(self, s: Sentence, tok: Token) -> bool:
        """``tok`` opens its sentence, capitalised, and the language's corpus writes it in lower case (the name
        scan's common-word check, component.py): no name, unless the article names someone with it elsewhere or
        it is a title, role or country."""
        return self._capitalised_common_opener(s, tok) and not country_of(tok.text) \
            and bare(tok.text) not in self.lex.org_words and tok.lower not in self.lex.org_words \
            and tok.lower not in self.lex.pronouns \
            and not any(tok.text in e.name.split() for e in self.registry.entities)

    def _resolve_subject(self, s: Sentence, frame: Frame) -> None:
        if frame.subject is not None and frame.subject[1] <= frame.cue[0] and self._opening_common_word(s, frame.subject):
            # "Gleichzeitig betonte Putin": an adverb opens the sentence and the subject follows the verb
            right = self._np_right(s, frame.cue[1])
            if right is not None and right[0] == frame.cue[1] and any(
                    self.registry.is_name_word(t) or self.registry.is_pronoun(t) for t in s.tokens[right[0]:right[1]]):
                frame.subject = right
            elif frame.kind == "verb" and self.lex.lang in PRO_DROP and not self._plural_cue(s, frame) and not any(
                    t.is_word and ("'" in t.text or "’" in t.text or t.text in e.name.split())
                    for e in self.registry.entities for t in s.tokens[frame.subject[0]:frame.subject[1]]):
                # "Zarazem powiedział:", "Ha aggiunto che", "Niektórzy sugerowali": in a pro-drop language an opening
                # adverb or common word and no subject after the verb is no speaker phrase (the subject is someone
                # named before), unless the article names someone by that word elsewhere; the phrase still bounds
                # the clause. (English, French, German verbs take a subject: "Police said", "Manche behaupten".)
                frame.no_speaker_phrase = True
                return
        if frame.subject is not None and frame.subject[1] <= frame.cue[0] and self._opening_common_word(s, frame.subject) \
                and frame.subject[0] + 1 < frame.cue[0] and s.tokens[frame.subject[0] + 1].text == ",":
            # "However, audience member Elle Ferguson, BC ‘22, said": the adverb set off by a comma opens the
            # sentence; the phrase after it up to the next comma, naming someone, is the subject
            a = frame.subject[0] + 2
            c = next((c for c in range(a, frame.cue[0]) if s.tokens[c].text == "," or s.inside[c]), frame.cue[0])
            if c > a and not any(s.inside[a:c]) and any(self.registry.is_name_word(t) for t in s.tokens[a:c]):
                frame.subject = (a, c)
        if frame.subject is not None and self.lex.lang == "en":
            a, b = frame.subject
            c = next((c for c in range(a + 1, b - 1) if s.tokens[c].text == "," and s.tokens[c + 1].lower == "who"
                      and not s.inside[c]), None)
            if c is not None:
                # "Keith Vaz, chairman of the Committee, who had called for ..., said": the phrase before the
                # relative clause speaks, and a body after "<role> of" is the role holder's
                frame.subject = self._person_before_role_of(s, (a, c)) or (a, c)
        if frame.subject is not None:
            words = [t for t in s.tokens[frame.subject[0]:frame.subject[1]] if t.text != ","]
            if words and len(words) == 2 and words[0].lower in RELATIVES and words[0].lower not in self.lex.complementizers \
                    and words[0].lower not in self.lex.determiners and not words[1].is_capitalised \
                    and self.lex.lang in CASE_LANGS:
                words = words[:1]  # "работников, которые | громко заявляют": the relative and an adverb
            if words and words[-1].lower in RELATIVES | ARTICLE_RELATIVES and not words[-1].is_capitalised \
                    and words[-1].lower not in self.lex.complementizers \
                    and len(words) <= 2 and all(t.lower in self.lex.determiners for t in words[:-1]) \
                    and not (self.lex.lang == "de" and len(words) == 1 and words[0].lower in self.lex.determiners):
                # "Jens Stoltenberg, il quale ha affermato", "politykiem, który zwraca uwagę": a relative pronoun is
                # never the speaker's name; its antecedent, the phrase before it, speaks
                j = frame.subject[0] - 1
                if j >= 0 and s.tokens[j].text == ",":
                    j -= 1
                np = self._np_left(s, j, appositive=False) if j >= 0 and not s.inside[j] else None
                while np is not None and np[0] < np[1] - 1 and (s.tokens[np[0]].lower in GENITIVE_LINKS
                                                                or s.tokens[np[0]].lower in PREPOSITIONS):
                    np = (np[0] + 1, np[1])  # "(la dichiarazione) della | Nato Jens Stoltenberg, il quale"
                frame.subject = np
                if np is None:
                    self._unnamed(s, frame)
                    return  # no antecedent found: nobody, not the speaker the article follows
        if frame.subject is not None and all(
                (t.lower in CONJUNCTIONS and t.lower not in self._writer_pronouns) or t.text == ","
                for t in s.tokens[frame.subject[0]:frame.subject[1]]):
            frame.subject = None  # "I dodała", "E ha aggiunto", "And added": a conjunction is no subject, the verb has none
        if frame.subject is None:
            plural = self.lex.lang in ("ru", "pl") and s.tokens[frame.cue[0]].lower.endswith(("ли", "li", "ły"))
            # "jak dodał," (Polish "as he added"): an "according" phrase ending in a verb is pro-drop too
            verbal = frame.kind == "verb" or frame.kind == "according" and s.tokens[frame.cue[1] - 1].lower in self.lex.cue_verbs
            if plural:
                self._unnamed(s, frame)
            if self.lex.lang in PRO_DROP and verbal and not plural:
                # a plural verb ("заключили в ответ") is not the singular speaker going on
                introduced = self._introduced_subject(s, frame)
                if introduced is None:
                    # (the sentence before reports nothing: "Prezydent Andrzej Duda spotkał się ... . Podkreślił")
                    prev_person = self._previous_opening_person(s)
                    if prev_person is not None and (not self.recent or (
                            not self._previous_sentence(s).frames and self.recent[-1][1] is not prev_person)):
                        introduced = prev_person
                if introduced is not None:
                    frame.speaker = introduced
                elif self.recent:
                    frame.speaker = self.recent[-1][1]  # "ha proseguito": the speaker goes on
                    if self.lex.lang in CASE_LANGS and s.tokens[frame.cue[0]].lower.endswith(GENDERED_PAST[self.lex.lang]) \
                            and frame.speaker.kind != "person":
                        # "dodał", "добавила": a masculine or feminine verb speaks for a person, the last one reported
                        frame.speaker = next((e for _, e in reversed(self.recent) if e.kind == "person"), frame.speaker)
            return
        a, b = frame.subject
        toks = [t for t in s.tokens[a:b] if t.text not in (",",) and t.lower not in self.lex.skippable]
        toks = [t for t in toks if t.text not in QUOTE_CHARS]
        if self.lex.lang == "en" and frame.participle:
            aux = next((t.start for t in s.tokens[a + 1:b] if t.lower in ("was", "were", "is", "are")), None)
            if aux is not None:
                toks = [t for t in toks if t.start < aux]  # "his translator | was overheard saying"
        if not toks:
            return
        if len(toks) >= 3 and toks[0].lower in ONE_OF and toks[1].lower in ONE_OF_LINKS:
            # "один из комментаторов сайта DM": one of a group, described, not the name inside the phrase
            frame.speaker = self.registry.resolve_description(toks, self.recent)
            return
        start, end = toks[0].start, toks[-1].end
        head = toks[-1]
        if len(toks) == 1 and head.lower in self._writer_pronouns:
            frame.speaker = self._writer(head)  # "I told her that ...": the author, named "I"
            return
        if len(toks) == 1 and "-" in head.lower and (head.lower.endswith(("-il", "-elle", "-ils", "-elles"))):
            pron = head.lower.rsplit("-", 1)[1]
            p_start = head.end - len(pron)
            frame.speaker = self.registry.resolve_pronoun(
                "il" if pron.startswith("il") else "elle", p_start, head.end, self.recent)
        elif len(toks) == 1 and head.lower in SOURCE_POSSESSIVES.get(self.lex.lang, ()) and frame.kind == "according":
            pron = SOURCE_POSSESSIVES[self.lex.lang][head.lower]
            frame.speaker = (self._subject_chain(s, Token(head.start, head.end, pron), start, end)
                             or self._previous_subject(s, Token(head.start, head.end, pron), start, end)
                             or self.registry.resolve_pronoun(pron, start, end, self.recent))
        elif len(toks) == 1 and self.lex.lang == "en" and head.lower in ("him", "her") and frame.participle:
            # "TASS quoted him as saying": the object pronoun of "quoted" is the speaker
            pron = Token(head.start, head.end, "he" if head.lower == "him" else "she")
            frame.speaker = (self._previous_subject(s, pron, start, end)
                             or self.registry.resolve_pronoun(pron.lower, start, end, self.recent))
        elif len(toks) == 1 and self.registry.is_pronoun(head):
            frame.speaker = (self._subject_chain(s, head, start, end)
                             or self._colon_introduced(s, head, start, end)
                             or self._previous_subject(s, head, start, end)
                             or self.registry.resolve_pronoun(head.lower, start, end, self.recent))
        elif any(self.registry.is_pronoun(t) for t in toks) and all(
                self.registry.is_pronoun(t) or t.lower in self.lex.cue_verbs or t.lower in ("selon", "по")
                or t.lower in self.lex.according_after for t in toks):
            pron = next(t for t in toks if self.registry.is_pronoun(t))  # "selon lui"
            frame.speaker = self.registry.resolve_pronoun(pron.lower, pron.start, pron.end, self.recent)
        else:
            # the core phrase before an appositive: "Ryabkov, the deputy minister,"
            core = toks
            if "," in (t.text for t in s.tokens[a:b]):
                comma = next(k for k in range(a, b) if s.tokens[k].text == ",")
                core = [t for t in s.tokens[a:comma]] or toks
            if core is not toks:
                # "Treasury's acting under secretary for ..., Adam Szubin, claimed": a person's name in
                # apposition after a description speaks
                comma = next(k for k in range(a, b) if s.tokens[k].text == ",")
                rest = [t for t in s.tokens[comma + 1:b] if t.text != ","]
                lead_word = next((t for t in core if t.lower not in self.lex.determiners), None)
                own_name = any(self.registry.is_name_word(t) and not self.registry.is_title(t)
                               and strip_possessive(t.text) == t.text
                               and (self.lex.lang != "de" or self._registered(t))
                               for t in core[:next((n for n, x in enumerate(core) if x.lower in GENITIVE_LINKS),
                                                   len(core))])
                # (German capitalises every noun; a genitive is not the head: "Der Sicherheitsberater des Weißen
                # Hauses, Jake Sullivan,")
                if own_name and lead_word is not None and not lead_word.is_capitalised \
                        and bare(lead_word.text) in self.lex.roles and self.lex.lang != "en":
                    own_name = False  # "le gouverneur de la région de Lougansk, Serguiï Gaidai": a place in the role
                if rest and all(self.registry.is_name_word(t) for t in rest) and len(rest) >= 2 \
                        and not own_name:
                    named = self.registry.entity_at(rest[0].start, rest[-1].end)
                    if named is not None and named.kind == "person":
                        core = rest
            cut = next((n for n, t in enumerate(core) if n > 0 and (t.lower in PREPOSITIONS or (
                t.lower in ("by", "was", "were", "is") and self.lex.lang == "en"))), None)
            if cut:
                core = core[:cut]  # "the Rumble bar | in San Antonio", "The majority report | by ...", "translator | was overheard"
            cut = next((n for n, t in enumerate(core) if n > 0 and (t.lower in GENITIVE_LINKS or t.lower in TAIL_PARTICLES
                                                                    or t.lower == "from" and self.lex.lang == "en")
                        and not self._surname_particles(core, n)
                        and any(m[1] == core[n - 1].end for m, _ in self.registry.mentions_in(core[0].start, core[n - 1].end))),
                       None)
            if cut:
                core = core[:cut]  # "Sen. Bernie Sanders | of Vermont", "Ben Armstrong | von The New American":
                # a person's name ends the phrase
            elif self.lex.lang == "en":
                first = next((n for n, t in enumerate(core) if t.lower not in self.lex.determiners), None)
                cut = next((n for n, t in enumerate(core) if first is not None and n > first + 0 and t.lower == "of"
                            and n + 2 < len(core) and core[n + 1].lower in self.lex.determiners
                            and self.registry.is_name_word(core[n - 1]) and not self.registry.is_title(core[n - 1])
                            and not self._in_one_mention(core[n - 1], t)
                            and any(m[0] == core[first].start and m[1] == core[n - 1].end and not country_of(e.name)
                                    for e in self.registry.entities for m in e.mentions)), None)
                if cut:
                    core = core[:cut]  # "The Catechism | of the Catholic Church": the name before "of the" heads
                    # the phrase (a body's own "of" stays inside its name: "Ministry of Defence")
            cut = next((n for n, t in enumerate(core) if n > 1 and self.lex.lang == "en" and not t.is_capitalised
                        and (t.lower.endswith("ed") or t.lower in IRREGULAR_PARTICIPLES) and t.lower not in self.lex.cue_verbs
                        and not self.registry.is_title(t)), None)
            if cut:
                core = core[:cut]  # "an official statement | released after a cabinet meeting"
            core = self._clean_subject(core)
            if core and self.lex.lang != "en" and s.tokens[a].lower.replace("’", "'") in CLAUSE_WORDS \
                    and not s.tokens[a].text.isupper() and frame.subject[0] < frame.cue[0]:
                core = []  # "(Ce député ...) est venu dire": a verb opens the phrase, the subject is before it
            first_at = next((k for k in range(a, b) if s.tokens[k] is core[0]), None) if core else None
            if core and self.lex.lang == "de" and 2 <= len(core) <= 3 and core[0].lower in GERMAN_NOMINATIVE_ARTICLES \
                    and first_at is not None and (first_at == 0 or s.tokens[first_at - 1].text in (",", ";", ":")
                                                  or s.tokens[first_at - 1].lower in CONJUNCTIONS | SUBORDINATORS
                                                  or s.tokens[first_at - 1].lower in self.lex.complementizers) \
                    and frame.subject[1] <= frame.cue[0] and len(s.tokens[frame.cue[0]].text) > 2 \
                    and all(t.lower in self.lex.skippable for t in s.tokens[frame.subject[1]:frame.cue[0]]) \
                    and core[-1].end == s.tokens[frame.subject[1] - 1].end and core[-1].is_capitalised \
                    and not any(t.is_capitalised for t in core[1:-1]) and not self._registered(core[-1]) \
                    and self.registry.entity_at(core[0].start, core[-1].end) is None:
                # "Der Inhaftierte berichtet", "Die befragten Forscher sagten": an article and a noun heading
                # the subject before its cue is an unnamed speaker, whatever the noun
                frame.speaker = self.registry.resolve_description(core, self.recent)
                return
            if core and self.lex.lang == "de" and self._german_common_nouns(core) and not (
                    frame.kind == "according" and core[0].lower in ("der", "des")) and not (
                    frame.kind == "verb" and frame.subject[0] >= frame.cue[1] and core[0].lower in self.lex.determiners
                    and not any(t.is_word and not (k == frame.particle and core[0].lower in GERMAN_NOMINATIVE_ARTICLES
                                                   and not any(c.lower in self.lex.determiners for c in core[1:]))
                                for k, t in enumerate(s.tokens[frame.subject[1]:], frame.subject[1]))):
                # ("„...“, teilte die Erzdiözese mit.": a nominative article and the separable verb's particle)
                core = []  # "Zu den Ursachen", "Form von Todesfällen": German nouns that name no one (but
                # "Nach Angaben der Prüfer": the genitive after an "according to" phrase is its source; "„...“,
                # meinte ein Kommentator.": an article and a noun closing the sentence after the cue speak)
            if not core:
                return  # "But said", "I think": no speaker phrase
            head = core[-1]
            if self.lex.lang == "de" and head.lower in self.lex.roles \
                    and self.registry.entity_at(core[0].start, core[-1].end) is None:
                # "Der Kanzler sagte": German capitalises the role noun; a description, not a name
                frame.speaker = self.registry.resolve_description(core, self.recent)
                return
            entity = self.registry.entity_at(core[0].start, core[-1].end)
            if entity is not None and head.is_capitalised:
                # the name at the head of the phrase speaks ("The Financial Times | Устенко рассказал")
                entity = next((e for m, e in self.registry.mentions_in(core[0].start, head.end, None, by_entity=True)
                               if m[1] == head.end), entity)
            if entity is None and head.is_capitalised:
                # "said Elhadj | As Sy, the secretary general": the phrase stops inside a name the registry read
                # whole (a short word written in lower case, a particle): the whole name speaks
                longer = [(m, e) for m, e in self.registry.mentions_in(core[0].start, head.end, None, opening=True)
                          if m[1] > head.end and m[1] <= s.end and m[0] <= head.start and e.kind == "person"
                          and not any(t.text in ",;:" or t.lower in self.lex.cue_verbs or s.inside[k]
                                      for k, t in enumerate(s.tokens) if head.end <= t.start < m[1])]
                if longer:
                    entity = longer[-1][1]
                    core = core + [t for t in s.tokens if head.end <= t.start and t.end <= longer[-1][0][1]]
                    head = core[-1]
            if entity is None and head.is_capitalised:
                runs = self.registry.name_runs(core)
                if runs and runs[-1][1] - runs[-1][0] == 1 and self._opening_common_name(s, core[runs[-1][0]]):
                    # "Nothing is said", "Immer wieder wird argumentiert", "Niektórzy sugerowali": a common word
                    # capitalised to open the sentence names no one; alone, a plural noun or a counting word
                    # describes a group ("Scientists warn", "Few believe"), any other word no speaker
                    word = core[runs[-1][0]]
                    if all(t is word or t.lower in self.lex.determiners for t in core) and not (
                            plural_common(word.text, self.lex.lang) or word.lower in COUNTING_WORDS
                            or bare(word.text) in self.lex.groups or self._plural_cue(s, frame)):
                        # (a plural verb has a plural subject: "Lekarze oświadczyli")
                        frame.speaker = None
                        return
                    if all(t is word or t.lower in self.lex.determiners for t in core):
                        # the group the word describes: many, never "he" ("Немцам заявили", "Lekarze oświadczyli")
                        speaker = self._named_before_appositive(s, core) or self.registry.resolve_description(core, self.recent)
                        if speaker is not None and speaker.key.startswith("desc:") and speaker.kind == "person":
                            speaker.kind = "other"
                        frame.speaker = speaker
                        return
                    runs = []
                if runs:  # a name the name scan skipped (a headline, a sentence-initial word)
                    entity = self.registry.add_name(core[runs[-1][0]:runs[-1][1]])
                elif len(core) == 1 and country_of(head.text):
                    entity = self.registry.add_name(core)  # "NATO said": a body the name scan read as a title word
            lead = [t for t in core if t.lower not in self.lex.determiners or t.lower in GENITIVE_LINKS]
            first = bare(lead[0].text) if lead else ""
            if lead and self.lex.lang == "de" and first not in self.lex.roles and self._compound_role(first):
                first = self._compound_role(first)  # "Ratsvorsitzende", "Regierungssprecher": a compound role
            role_of = (len(lead) > 2 and (not lead[0].is_capitalised or first in self.lex.roles)
                       and any(t.lower in GENITIVE_LINKS or t.lower in ROLE_LINKS and first in self.lex.roles
                               for t in lead[1:3]))  # "L'addetto stampa di Putin", "la ministre de la Culture"
            if role_of and entity is not None and entity.kind == "person" and len(entity.name.split()) >= 2 \
                    and head.is_capitalised and any(m[1] == head.end for m in entity.mentions) \
                    and not any(t.lower in GENITIVE_LINKS and not t.is_capitalised for t in core[-3:]):
                role_of = False  # "la vice presidente della Commissione | Anna Neri": the name closing the phrase
            if (self.lex.lang in CASE_LANGS and len(lead) >= 2 and first in self.lex.roles
                    and (not lead[0].is_capitalised or lead[0].start == s.tokens[0].start)  # ("Prezydent Francji" opening)
                    and entity is not None and entity.kind in ("country", "organisation")):
                role_of = True  # "канцлер ФРГ", "глава МИД": a role of a country or body (genitive) is a person
            if (self.lex.lang in CASE_LANGS and len(lead) == 2 and first in self.lex.roles and not lead[0].is_capitalised
                    and entity is not None and entity.kind in ("person", "other") and len(head.text) <= 5
                    and sum(c.isupper() for c in head.text) >= 2):
                role_of = True  # "europosłanka PiS", "депутат ЛДПР": a role of a party named by its letters is a person
            if (self.lex.lang in CASE_LANGS and len(lead) >= 3 and first in self.lex.roles and not role_of
                    and entity is not None and entity.kind in ("person", "other") and head.is_capitalised
                    and self._genitive_body(lead[1:])
                    and self._genitive_body([Token(0, len(w), w) for w in entity.name.split()])):
                role_of = True  # "Szef Sztabu Generalnego", "lider Platformy Obywatelskiej": a role of a body
                # named in the genitive is its holder (but "Rzecznik rządu Piotr Müller": a name in the nominative)
            if entity is not None and entity.kind in ("country", "organisation") and bare(head.text) in self.lex.roles \
                    and not any(m[1] == head.end for m in entity.mentions):
                role_of = True  # "Hungary’s Prime Minister said": the role of a country or body is a person
            if (self.lex.lang in CASE_LANGS and len(lead) >= 2 and not role_of and not lead[0].is_capitalised
                    and entity is not None and head.is_capitalised and self._head_of_genitive_name(lead, entity)):
                role_of = True  # "poseł Lewicy", "europosłanka PiS", "analitycy Instytutu Europy Środkowej",
                # "пресс-службе Следственного комитета России": a role, group or body of a name in the genitive
            if (self.lex.lang in CASE_LANGS and len(lead) >= 2 and entity is not None and entity.kind in ("person", "other")
                    and lead[0].start == s.tokens[0].start and lead[0].is_capitalised and not lead[0].text.isupper()
                    and lead[0].lower in common_words(self.lex.lang) and first not in self.lex.roles
                    and not any(m[0] <= lead[0].start < m[1] for m in entity.mentions)
                    and head.lower.endswith(NAME_GENITIVE_ENDINGS)):
                role_of = True  # "Przeciwnicy Berlusconiego powiedzieli": a noun before a name in the genitive heads it
            if not head.is_capitalised or entity is None or role_of:  # role_of: "la présidente du ..."
                if entity is not None and head.is_capitalised and not role_of:
                    frame.speaker = entity
                else:  # "la présidente du Rassemblement national" is a person, not the party
                    frame.speaker = (self._named_before_appositive(s, core)
                                     or self.registry.resolve_description(core, self.recent))
            else:
                frame.speaker = entity
                entity.add(*next(m for m in entity.mentions if core[0].start <= m[0] and m[1] <= core[-1].end))
            if frame.speaker is not None and core is not toks and not frame.speaker.title:
                appositive = [t for t in s.tokens[a:b] if t.start > core[-1].end and t.text != ","]
                if appositive:
                    frame.speaker.title = self.text[appositive[0].start:appositive[-1].end]

    # --- sentences -----------------------------------------------------------------------
    def sentences(self) -> list[Sentence]:
        out = []
        for pi, (p_start, p_end) in enumerate(self.paragraphs):
            split = self._split.get(pi)
            if split is None:
                split = [(a, b, tokenize(self.text, a, b))
                         for a, b in split_sentences(self.text, p_start, p_end, self.stretches)]
            for a, b, toks in split:
                pieces = [(x, y) for st in self.stretches for x, y in st.pieces if x < b and a < y]
                inside = ([any(x <= t.start and t.end <= y for x, y in pieces) for t in toks] if pieces
                          else [False] * len(toks))  # most sentences hold no quote
                out.append(Sentence(a, b, pi, toks, inside))
        return out

    def _stretches_in(self, s: Sentence) -> list[Stretch]:
        return [st for st in self.stretches if s.start <= st.open_mark < s.end]

    def _tok_index(self, s: Sentence, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        for k, t in enumerate(s.tokens):
            if t.start >= offset:
                return k
        return len(s.tokens)

    def _is_utterance(self, st: Stretch, s: Sentence) -> bool:
        content = self.text[st.start:st.end]
        words = content.split()
        first = content.lstrip("([…. ")[:1]
        at_start = not self.text[s.start:st.open_mark].strip(" —–-")
        after_colon = self.text[s.start:st.open_mark].rstrip().endswith(":")
        ends = content.rstrip()[-1:] in ".!?…," if content.strip() else False
        lead = self.text[s.start:st.open_mark].rstrip()
        inside_clause = bool(lead) and lead[-1:].isalpha() and lead.split()[-1][:1].islower() and first.islower()
        if len(st.pieces) > 1 or len(words) >= 12 and not inside_clause:
            return True  # (not 'cherchent à « établir ... »': lowercase words inside a clause are a fragment)
        if len(words) == 1 and not ends:
            return False  # "„Hysterie“ um Angriff ...": one word with no punctuation is a term, not an utterance
        if first.isupper() or first.isdigit():
            return len(words) >= 3 or ends or at_start or after_colon
        return (at_start or after_colon) and len(words) >= 4

    def _dash_signature(self, s: Sentence, st: Stretch):
        """'"We will rebuild every home." — John Smith, mayor of Riverton': a quote signed after a dash by a
        person's name (and a description after a comma) closing the paragraph."""
        if st.close_mark is None or len(st.pieces) != 1:
            return None
        p_end = self.paragraphs[s.paragraph][1]
        m = re.match(r"[ \t]*[—–][ \t]*", self.text[st.outer_end:p_end])
        if m is None:
            return None
        at = st.outer_end + m.end()
        for (_, b), e in self.registry.mentions_in(at, at + 1, opening=True, by_entity=True):  # (mentions opening at it)
            rest = self.text[b:p_end].strip()
            if not rest or rest[0] == "," and not any(w.lower().strip(",.") in self.lex.cue_verbs for w in rest.split()):
                dash = st.outer_end + len(m.group().rstrip(" \t")) - 1
                return (dash, dash + 1), e
        return None

    def _colon_name(self, s: Sentence, st: Stretch):
        """"Kamala Harris: \"Prepariamo sanzioni\"": a name and a colon introduce the quote."""
        lead = self.text[s.start:st.open_mark].rstrip()
        if not lead.endswith(":"):
            return None
        colon = s.start + len(lead) - 1
        entity = None
        for (_, b), e in self.registry.mentions_in(s.start, colon, None, by_entity=True):
            if self.text[b:colon].strip() == "":
                entity = e  # (the last entity, in registry order, with a mention right before the colon)
        if entity is None:
            # "La ministre espagnole : «...»", "The spokesman: \"...\"": a role description is the whole label
            label = [t for t in s.tokens if s.start <= t.start and t.end <= colon and not s.inside[s.tokens.index(t)]]
            words = [t for t in label if t.is_word]
            if 2 <= len(words) <= 4 and len(words) == len(label) and words[0].lower in self.lex.determiners \
                    and bare(words[1].text) in self.lex.roles and not any(t.is_capitalised for t in words[1:]):
                return (colon, colon + 1), self.registry.resolve_description(words, self.recent)
            return None
        if entity.kind not in ("person", "organisation"):
            return None
        # the name is the whole label before the colon: "Kamala Harris:", "Il premier Mario Draghi:", not the
        # object of a longer phrase ("Staffer Who Went to College with Gillum:")
        label = lead[:-1]
        label = label[max(label.rfind(c) for c in ":|—–") + 1:]
        first = next(m[0] for m in entity.mentions if s.start <= m[0] and m[1] <= colon
                     and self.text[m[1]:colon].strip() == "")
        before = self.text[s.start + len(lead) - 1 - len(label) + (len(label) - len(label.lstrip())):first].split()
        if any(w[:1].islower() and w.lower() not in self.lex.determiners and w.lower() not in self.lex.titles
               and w.lower() not in self.lex.roles for w in before):
            return None
        return (colon, colon + 1), entity

    def _colon_lead(self, s: Sentence, st: Stretch):
        """"Hungarian Prime Minister: ‘Christianity is ...’", "L'allarme di Fabrizio Curcio: \"...\"", "Il
        virologo Pregliasco detta le regole: \"...\"": any words and a colon right before a sentence in
        quote marks introduce it, as the headline and lead-in convention of news has it. The speaker is a
        person the words before the colon name (else a body, else an untyped name): the one opening them,
        their subject, else the last; or none. The quoted words must be three or more."""
        lead = self.text[s.start:st.open_mark].rstrip()
        words = self.text[st.start:st.end].split()
        if not lead.endswith(":") or len(words) < 3 or not any(c.isalpha() for c in lead[:-1]):
            return None
        colon = s.start + len(lead) - 1
        toks = [t for k, t in enumerate(s.tokens) if t.end <= colon and not s.inside[k]]
        for x, y in self.registry.name_runs(toks):  # names before the colon the registry has not met yet
            if self.registry.entity_at(toks[x].start, toks[y - 1].end) is None:
                self.registry.add_name(toks[x:y])
        named = [(a, e) for (a, b), e in self.registry.mentions_in(s.start, colon, ("person", "organisation", "other"),
                                                                   by_entity=True)
                 if not self._quoted(a) and not country_of(self.text[a:b])]
        # a person, else a body, else a name the registry could not type ("Il virologo Pregliasco"); the
        # one opening the lead is its subject ("Keith Ellison Defends Louis Farrakhan: ..."), else the last
        rank = {"person": 2, "organisation": 1, "other": 0}
        best = max((rank[x[1].kind] for x in named), default=None)
        named = [x for x in named if rank[x[1].kind] == best]
        opening = [x for x in named if len(self.text[s.start:x[0]].split()) <= 3]
        pick = min(opening, key=lambda x: x[0]) if opening else max(named, key=lambda x: x[0], default=None)
        return (colon, colon + 1), pick[1] if pick else None

    def _chained_quote(self, s: Sentence, st: Stretch) -> Quote | None:
        """"Carola Rackete: “ho sfidato ...”/ “Speronamento? ...”": a quote set right after a direct
        quote of the same sentence, only punctuation between, goes on with the same speaker."""
        prev = [q for q in self.quotes if q.kind == "direct" and s.start <= q.start and q.end <= st.open_mark]
        if not prev:
            return None
        q = max(prev, key=lambda q: q.end)
        gap = self.text[q.end:st.open_mark]
        if not gap.strip(" \t/|,;–—-" + "".join(QUOTE_CHARS)) and len(gap) <= 8:
            return Quote(list(st.pieces), "direct", q.cue, q.speaker)
        # '“With a pardon, ...,” Saucier said, “But I try to stay positive.”': the quote interrupted by its
        # own tag goes on after it
        if q.cue is not None and q.end <= q.cue[0] and q.cue[1] <= st.open_mark and len(gap) <= 160 \
                and gap.rstrip().endswith((",", ":")) and not any(c in ".!?" for c in gap.strip(" ,:" + "".join(QUOTE_CHARS))[:-1]) \
                and q.speaker is not None:
            return Quote(list(st.pieces), "direct", q.cue, q.speaker)
        return None

    def _title_speakers(self) -> None:
        """A headline quote that a body quote repeats (the same words, one within the other) is the words
        of that body quote's speaker: "„Die Propaganda ist gescheitert“! ..." over "„Die Propaganda ist
        gescheitert“, behauptet der Kreml"."""
        def norm(x: str) -> str:
            return " ".join("".join(c.lower() if c.isalnum() else " " for c in x).split())
        body = [q for q in self.quotes if q.speaker is not None and q.cue is not None
                and self._paragraph_of(q.start) not in self.titles]
        for q in self.quotes:
            if self._paragraph_of(q.start) not in self.titles or q.kind != "direct":
                continue
            words = norm(self.text[q.start:q.end])
            if len(words.split()) < 3:
                continue
            same = next((b for b in body if words in norm(self.text[b.start:b.end])
                         or norm(self.text[b.start:b.end]) in words and len(norm(self.text[b.start:b.end]).split()) >= 3), None)
            if same is not None:
                q.speaker = same.speaker

    def _colon_subject(self, s: Sentence, st: Stretch):
        """"Carola Rackete torna sui fatti del 2019 ...: “ho sfidato ...”": a sentence that opens with a
        person's name and ends in a colon introduces that person's words, with or without a cue."""
        lead = self.text[s.start:st.open_mark].rstrip()
        if not lead.endswith(":") or s.paragraph in self.titles or len(self.text[st.start:st.end].split()) < 4:
            return None
        k = self._tok_index(s, st.open_mark)
        if any(s.inside[:k]) or any(f.left < k for f in s.frames):
            return None
        opening = self._opening_person(s)
        colon = s.start + len(lead) - 1
        if opening is not None and opening[1] is None and self.lex.pronouns.get(opening[0].lower) == "person":
            # "Er verlangte stattdessen: »...«": a personal pronoun opening the sentence, then its verb
            pron = opening[0]
            at = s.tokens.index(pron)
            if at + 1 < k and s.tokens[at + 1].is_word and not s.tokens[at + 1].is_capitalised:
                person = (self._subject_chain(s, pron, pron.start, pron.end)
                          or self._previous_subject(s, pron, pron.start, pron.end)
                          or self.registry.resolve_pronoun(pron.lower, pron.start, pron.end, self.recent))
                if person is not None and person.kind == "person":
                    return (colon, colon + 1), person
            return None
        if opening is None or opening[1] is None:
            return None
        return (colon, colon + 1), opening[1]

    def _that_follows(self, s: Sentence, f: Frame) -> bool:
        """"..., Hungary’s Prime Minister said in his speech on Sunday that, “...”": a cue whose clause follows
        a complementizer reports that clause, not the words before the cue."""
        if self.lex.lang in DASH_SPEECH and self._dash_before(s, f):
            return False  # "- ... - tłumaczyła, wyjaśniając, że": the dash speech before the tag is its report
        rng = self._content_after(s, f)
        if rng is None:
            return False
        k = self._tok_index(s, rng[0]) - 1
        while k > f.right and s.tokens[k].text in PUNCT_OR_MARK:
            k -= 1
        return k >= f.right and s.tokens[k].lower in self.lex.complementizers \
            and not any(g is not f and f.right <= g.cue[0] < k for g in s.frames)  # (not another cue's "that")

    def _participle_that(self, s: Sentence, f: Frame) -> bool:
        """"..., zaznaczając, że ...", "..., adding that ...": a participle cue followed by a complementizer
        reports the clause after it, not the words before it."""
        toks = s.tokens
        k = f.right
        while k < len(toks) and toks[k].text == ",":
            k += 1
        return f.participle and k < len(toks) and toks[k].lower in self.lex.complementizers and not s.inside[k]

    def _dash_before(self, s: Sentence, f: Frame) -> bool:
        k = f.left - 1
        return k >= 0 and s.tokens[k].text in DASHES and not any(s.inside[:k])  # (quoted words after the tag are another report's)

    def _dash_speech_start(self, s: Sentence) -> int:
        """A quote set off by dashes runs back to the paragraph start or to the last dash or quote."""
        p_start, _ = self.paragraphs[s.paragraph]
        start = p_start
        for q in self.quotes:
            if p_start <= q.end <= s.start:
                start = max(start, q.end)
        lead = self.text[start:s.start]
        cut = max(lead.rfind(" - "), lead.rfind(" – "), lead.rfind(" — "))
        if cut >= 0:
            start += cut + 3
        if self.text[s.start:s.start + 1] in DASHES and s.start > start:
            start = s.start  # "... . - Musimy ... - apelowała": the speech opens its sentence with the dash
        while start < s.end and (self.text[start].isspace() or self.text[start] in DASHES | {".", ","}):
            start += 1
        return start

    def _adverbial_before(self, s: Sentence, f: Frame) -> bool:
        """The words before a parenthetical cue are an opening adverbial ("Given his long
        experience ...,", "After the meeting,"), not the reported clause."""
        first = s.tokens[0].lower
        before = s.tokens[:f.left - 1]
        words = [t for t in before if t.is_word]
        return bool(words) and not any(t.lower in self.lex.complementizers or t.text == "," for t in before) \
            and (first in ADVERBIAL_OPENERS or (self.lex.lang == "en" and first.endswith("ing")))

    def _words_go_on(self, s: Sentence, f: Frame) -> bool:
        """"There is only one Magisterium, he said, and bishops can only decide ...", "Contradictory conceptions,
        said the cardinal, lead into chaos": a tag set in commas with the reported words going on after it
        (three words or more, no other report there): the report is the whole sentence."""
        if not self._parenthetical(s, f) or any(g is not f and g.left > f.right for g in s.frames):
            return False
        after = [t for t in s.tokens[f.right + 1:] if t.is_word]
        # (not after "but": "Kazi had lived in the Bay Area, Ragan said, but his most recent ..." contrasts)
        # (nor before "that": "twierdził, że ..." reports the clause after it)
        # (a tag between dashes is parenthetical whatever follows: "Un timore – dice il generale – che ...")
        dashed = s.tokens[f.right].text in DASHES
        return len(after) >= (2 if dashed else 3) and not any(s.inside[f.right:]) and after[0].lower not in CONTRASTIVE \
            and (after[0].lower not in self.lex.complementizers or dashed)

    def _parenthetical(self, s: Sentence, f: Frame) -> bool:
        """"Their findings, Pompeo said, ...", "Prima – dice Jean – la Russia ...": a frame set in commas
        or dashes after the sentence began."""
        toks = s.tokens
        marks = {","} | (DASHES if self.lex.lang not in DASH_SPEECH else set())
        return (f.left > 1 and toks[f.left - 1].text in marks and f.right < len(toks)
                and toks[f.right].text in marks and (toks[f.left - 1].text == ",") == (toks[f.right].text == ",")
                and any(t.is_word for t in toks[:f.left - 1])
                and not self._german_clause_after_apposition(s, f)
                and not (f.right + 1 < len(toks) and toks[f.right + 1].lower in ("who", "whose")))
        # (not "Der Sprecher, Hans Berg, sagte, die Lage sei ernst": an apposition, then the reported clause;
        # nor "..., said Mark Lee, who runs the clinic.": a relative clause about the speaker closes it)

    def _german_clause_after_apposition(self, s: Sentence, f: Frame) -> bool:
        """"Die Sprecherin des Amtes, Anna Berg, sagte, die Lage sei ernst": the subject (an apposition in
        commas) before the cue, then a comma and a clause in Konjunktiv: the report follows the cue."""
        toks = s.tokens
        return (f.right + 1 < len(toks) and toks[f.right].text == "," and f.subject is not None
                and f.subject[1] <= f.cue[0] and self._german_reported_clause(s, f.right + 1))

    def _introduced(self, s: Sentence, f: Frame, st: Stretch) -> bool:
        """"saying, \"won't let me in.\"": a quote set off by a comma or colon right after its cue
        is direct whatever its first letter."""
        gap = self.text[s.tokens[f.right - 1].end:st.open_mark].strip()
        if gap == "":  # 'suggested "rogue killers" ...' is a fragment; 'said "We will ..."' is not
            return self.text[st.start:st.start + 1].isupper()
        return gap in (",", ":") and len(self.text[st.start:st.end].split()) >= 2

    def _is_name_like(self, st: Stretch) -> bool:
        """"Make America Great Again", "the 'Mail on Sunday'": a quoted name or title in capitals."""
        words = [w for w in self.text[st.start:st.end].split() if w[0].isalpha()]
        if len(words) >= 3 and all(w.isupper() for w in words):
            return False  # "CAROLA RACKETE: “HO VINTO SU MATTEO SALVINI”": words in capitals, as a headline shouts them
        if 0 < len(words) <= 6 and all(w[0].isupper() for w in words):
            return True
        # "the 'Mail on Sunday'", "'Huge Victory for the President'": title case with short
        # lowercase function words between capitalised ones
        return 3 <= len(words) <= 8 and words[0][0].isupper() and words[-1][0].isupper() and all(
            w[0].isupper() or len(w.strip(",.;:!?")) <= 3 for w in words) and sum(w[0].isupper() for w in words) >= 2

    def _is_marked_term(self, st: Stretch) -> bool:
        """Quoted words inside a reported clause that are no quotation of its speaker (the gold convention
        of session 19: would the marks stand whoever reported the clause?): a name or title in capitals, or
        one or two words the author also puts in marks elsewhere, outside any report, quote or headline
        (« science » in an essay that sets the word in marks throughout), a name opening with a number
        (»1922-Komitee«), a foreign term the author glosses in brackets («nezalezhnaya» [Ukraine indépendante])."""
        if self._is_name_like(st):
            return True
        words = [w.strip(",.;:!?") for w in self.text[st.start:st.end].split()]
        lead = self.text[self._sentence_start(st.open_mark):st.open_mark].rstrip()
        if self.lex.lang in SENTENCE_CASE_TITLES and 0 < len(words) <= 4 and words[0][:1].isupper() \
                and not words[0].isupper() and lead and lead[-1] not in ":.!?;—–-" and lead[-1] not in QUOTE_CHARS:
            return True  # картину «Святое семейство», pod hasłem „Bronimy życia“: a title in sentence case
        if not 0 < len(words) <= 2:
            return False
        if words[0][:1].isdigit() and "-" in words[0] and any(c.isupper() for c in words[-1]):
            return True  # »1922-Komitee«, "G7-Gipfel": a name opening with a number
        if st.close_mark is not None and self.text[st.outer_end:st.outer_end + 3].lstrip()[:1] in ("(", "["):
            return True  # «nezalezhnaya» [Ukraine indépendante], the “J” (Jesus) word: a glossed term
        term = " ".join(words).lower()
        for other in self.stretches:
            if other.open_mark == st.open_mark or " ".join(
                    w.strip(",.;:!?") for w in self.text[other.start:other.end].split()).lower() != term:
                continue
            x = next((x for x in self._all if x.start <= other.open_mark < x.end), None)
            if x is None or x.paragraph in self.titles or x.frames or any(
                    o is not other and a <= other.open_mark < b for o in self.stretches for a, b in o.pieces):
                continue  # (marks in a headline, a sentence with a cue or a quote may be a speaker's)
            return True
        return False

    def _sentence_start(self, offset: int) -> int:
        return next((x.start for x in self._all if x.start <= offset < x.end), offset)

    def _is_title_like(self, st: Stretch) -> bool:
        """"Make America Great Again": a quoted name or title, not someone's words; standing alone, a single
        lowercase word or a term after an article ('a "sonic attack"') is the author's, no quote."""
        if self._is_name_like(st):
            return True
        words = [w for w in self.text[st.start:st.end].split() if w[0].isalpha()]
        before = self.text[max(0, st.open_mark - 6):st.open_mark].split()
        # 'a "sonic attack"': a term the author puts in quotes, not someone's words
        if len(words) == 1 and words[0].islower():
            return True  # «кентавр», "przejęcia": a word the author holds at a distance
        return len(words) <= 2 and bool(before) and before[-1].lower() in self.lex.determiners

    def _frame_after(self, s: Sentence, st: Stretch) -> Frame | None:
        if st.close_mark is None:
            return None
        k = self._tok_index(s, st.outer_end)
        while k < len(s.tokens) and (s.tokens[k].text in PUNCT_BETWEEN or s.tokens[k].text in QUOTE_CHARS):
            k += 1
        for f in s.frames:
            if f.used or f.kind != "verb" or f.left < k:
                continue
            gap = s.tokens[k:f.left]
            next_char = self.text[st.outer_end:st.outer_end + 3].lstrip()[:1]
            set_off = (next_char != "" and next_char in ",.!?;—–-") or self.text[st.end - 1] in ",.!?…"
            if gap and not set_off:
                return None  # '"21 cases" have been recorded ..., it said': the quote is a phrase
            long_np = bool(gap) and len(gap) <= 9 and gap[0].lower in self.lex.determiners  # "an official statement released after a meeting said"
            if (len(gap) <= 6 or long_np) and all(t.is_word and not s.inside[k + n] for n, t in enumerate(gap)):
                if gap and not self._adverbial_gap([t.lower for t in gap]):  # "\"...,\" the Rumble bar in San Antonio posted": the whole phrase speaks
                    f.subject = self._quoted_as(s, f.cue[0]) or (k, f.cue[0])  # ("“...,” Reuters quoted X as saying")
                    self._resolve(s, f)
                return f
            return None
        return None

    def _tag_sentence_after(self, s: Sentence, st: Stretch, sentences) -> tuple[Sentence, Frame] | None:
        """A quote ending in "!" or "?" that ends its sentence, then a sentence opening with its speaker
        and cue ("“How dare you!” Attorney General Jeff Sessions said in California, addressing
        Schaaf."): the capital after the exclamation split the tag from its quote."""
        if st.close_mark is None or self.text[st.end - 1:st.end] not in ("!", "?") \
                or self.text[st.outer_end:s.end].strip():
            return None
        x = next((x for x in sentences if x.paragraph == s.paragraph and x.start >= s.end), None)
        if x is None or self.text[s.end:x.start].strip() or any(x.inside):
            return None
        for f in x.frames:
            if f.used or f.kind != "verb" or f.subject is None or f.subject[0] != 0 or f.cue[0] < f.subject[1] \
                    or f.cue[0] - f.subject[1] > 2:
                continue
            if not f.resolved:
                self._resolve(x, f)
            if f.speaker is None:
                continue
            rest = [t for t in x.tokens[f.cue[1]:] if t.is_word]
            if rest and rest[0].lower in self.lex.complementizers:
                return None  # "... !" He said that ...: a report of its own
            return x, f
        return None

    def _adverbial_gap(self, lows: list[str]) -> bool:
        """Words between a quote and its cue that are no subject: "also", an auxiliary, "par
        exemple" ("», avait par exemple déclaré ...")."""
        k = 0
        while k < len(lows):
            if k + 1 < len(lows) and (lows[k], lows[k + 1]) in EXAMPLE_ADVERBIALS:
                k += 2
            elif lows[k] in self.lex.skippable or (self.lex.lang != "en" and (
                    lows[k] in PERFECT_AUXILIARIES or lows[k].endswith(("ment", "mente")) and len(lows[k]) > 6)):
                k += 1
            else:
                return False
        return True

    def _frame_before(self, s: Sentence, st: Stretch) -> tuple[Frame | None, str]:
        """The frame introducing a stretch, and how: "colon" (X said: "..."), "that" or ""."""
        k = self._tok_index(s, st.open_mark)  # token index of the opening mark
        best = None
        for f in s.frames:
            if f.used or f.right > k:
                continue
            between = [t for t in s.tokens[f.right:k]]
            words = [t for t in between if t.is_word and t.lower not in self.lex.skippable
                     and t.lower not in self.lex.objects and not self.registry.is_name_word(t)]
            if any(t.lower in self.lex.complementizers for t in between):
                best = (f, "that")
            elif (not words or (between and (between[-1].text == ":" or f.kind == "according"
                                             and between[-1].text == ","))) and len(between) <= 8:
                best = (f, "colon")
            elif between and between[-1].text == ":" and len(between) <= 25 and f.kind == "verb" \
                    and f.subject is not None and not any(t.text in QUOTE_CHARS for t in between):
                # "X racconta tutta la soddisfazione per la battaglia portata a termine: «...»": a cue
                # and its object introduce the quote after the colon
                best = (f, "colon")
            elif f.kind == "verb" and f.subject is not None:
                best = (f, "mixed")
        return best if best else (None, "")

    def _content_after(self, s: Sentence, f: Frame) -> tuple[int, int] | None:
        """Character range of the clause reported after a cue: "said (that) <clause>"."""
        toks, k = s.tokens, f.right if f.particle is None else f.particle + 1
        if f.subject is not None and f.subject[0] >= f.cue[1] and f.kind == "verb" and f.particle is None:
            v2 = self.lex.lang == "de" and f.cue[0] > 0 and toks[f.cue[0] - 1].text not in PUNCT_OR_MARK \
                and f.subject[1] < len(toks) and toks[f.subject[1]].text == ","
            after = f.subject[1]
            then_that = after < len(toks) and (toks[after].lower in self.lex.complementizers or toks[after].text == ","
                                               and after + 1 < len(toks) and toks[after + 1].lower in self.lex.complementizers)
            if not then_that and self.lex.lang in ("de", "pl", "ru"):
                # "So schrieb die Washington Post in einem Leitartikel, dass ...", "Napisał on w liście, że ...": an
                # adverbial after the inverted subject, then a comma and the complementizer
                comma = next((m for m in range(after, min(after + 9, len(toks) - 1)) if not toks[m].is_word), None)
                then_that = comma is not None and comma > after and toks[comma].text == "," and not s.inside[comma] \
                    and toks[comma + 1].lower in self.lex.complementizers \
                    and not any(t.lower in self.lex.cue_verbs for t in toks[after:comma])
            if then_that and not v2:
                v2 = True  # "Twierdzi on, że ...", "Утверждает он, что ...": an inverted subject, then the clause
            if not v2:
                return None  # "ha detto Kamala Harris intervenendo ...": inverted, the words came before
            # "Damit sagte Jonas Kraft, die Lage sei ernst": German verb second; the clause follows the subject
            k = f.subject[1]
        while k < len(toks) and (toks[k].lower in self.lex.skippable or toks[k].lower in self.lex.objects
                                 or toks[k].lower in DISCOURSE_ADVERBS and not s.inside[k]
                                 or toks[k].text in (",", ":") or toks[k].lower in self.lex.determiners
                                 and k + 1 < len(toks) and toks[k + 1].lower in self.lex.objects):
            k += 1
        # "told HuffPost that", "told the Jezebel website that": the addressee before "that"
        # "said at a House committee hearing on Tuesday that": a longer adverbial opening with a preposition
        reach = 13 if k < len(toks) and toks[k].lower in PREPOSITIONS | ADVERBIAL_PREPOSITIONS | {"during", "after", "before"} else 7
        infinitive = False
        if self.lex.lang == "en" and k < len(toks) and toks[k].lower in SUBJECT_PRONOUNS and self._bare_clause(s, k):
            reach = 0  # "said they uncovered that text in May": the clause starts here; "that" is a determiner
        for look in range(k, min(k + reach, len(toks))):
            if look == k and (toks[k].lower in self.lex.complementizers
                              or self.lex.lang == "fr" and toks[k].lower.startswith(("qu'", "qu’"))) and not s.inside[k] \
                    and not (self.lex.lang == "en" and self._bare_clause(s, k + 1) is False
                             and k + 1 < len(toks) and toks[k + 1].lower in AUXILIARIES | MODALS):
                break  # "ha detto che partirà prima che ...": the "that" right after the cue opens the clause,
                # not a later one ("prima che", "avant que", "a meno che")
            if toks[look].text == "," and look + 1 < len(toks) and not s.inside[look] \
                    and toks[look + 1].lower in self.lex.complementizers and look > k:
                continue  # "mówił w niedzielę, że", "sagte am Montag, dass": the comma before "that"
            aside = next((c for c in range(look + 2, min(look + 5, len(toks) - 1)) if toks[c].text == ","), None) \
                if toks[look].text == "," and not s.inside[look] and not any(
                    t.lower in self.lex.complementizers for t in toks[k:look]) else None
            if aside is not None and all(t.is_word and not t.is_capitalised and t.lower not in self.lex.cue_verbs
                                         and t.lower not in RELATIVES for t in toks[look + 1:aside]) \
                    and not any(s.inside[look:aside + 2]) \
                    and toks[aside + 1].lower in self.lex.complementizers:
                k = aside + 1  # "noted in its report, for example, that ...": an aside in commas before "that"
                break
            if not toks[look].is_word or s.inside[look]:
                break
            if toks[look].lower in self.lex.complementizers and look > k and toks[look - 1].lower in CONJUNCTION_HEADS:
                break  # "minacciato di bloccare il processo a meno che ...", "so that", "bevor", "avant que": a
                # subordinating conjunction ending in "that", no reported clause
            if toks[look].lower in self.lex.complementizers and look > k:
                k = look
                break
            if self._infinitive_report(s, f, look):
                k = look + 1  # "ha raccontato oggi al Corriere di aver passato ...": the infinitive clause
                infinitive = True
                break
        if self.lex.lang == "en" and k < len(toks) and toks[k].lower in PREPOSITIONS | {"during", "after", "before"} \
                and toks[f.cue[0]].lower in BARE_CLAUSE_VERBS | ADMISSION_VERBS:
            # "insisted during a news conference the agreement went further": the clause after the adverbial
            for j in range(k + 2, min(k + 11, len(toks))):
                if s.inside[j] or not toks[j].is_word:
                    break
                if toks[j].lower in self.lex.complementizers:
                    break
                if (toks[j].lower in self.lex.determiners or toks[j].lower in SUBJECT_PRONOUNS | QUANTIFIERS
                        or self.registry.is_name_word(toks[j])) and toks[j - 1].lower not in PREPOSITIONS | OF_WORDS \
                        and toks[j - 1].lower not in self.lex.determiners and self._bare_clause(s, j):
                    k = j
                    break
        if self.lex.lang == "en" and toks[f.cue[0]].lower in ADDRESSEE_VERBS and k < len(toks) \
                and toks[k].lower not in self.lex.complementizers:
            # "told Fox News they expected ...", "told the committee the plan was ...": a named or described
            # addressee, then a clause without "that"
            for m in range(k + 1, min(k + 5, len(toks))):
                if s.inside[m] or not toks[m].is_word:
                    break
                if (self.registry.is_name_word(toks[k]) or toks[k].lower in self.lex.determiners) \
                        and (toks[m].lower in SUBJECT_PRONOUNS or toks[m].lower in self.lex.determiners) \
                        and self._bare_clause(s, m):
                    k = m
                    break
        if self.lex.lang == "de" and k < len(toks) and toks[k].lower in ("dem", "der", "den", "gegenüber") \
                and not s.inside[k]:
            # "sagte der „Bild“-Zeitung, die Lage sei ernst": a dative addressee, a comma, the reported clause
            comma = next((m for m in range(k + 1, min(k + 8, len(toks))) if toks[m].text == "," and not s.inside[m]),
                         None)
            if comma is not None and self._german_reported_clause(s, comma + 1):
                k = comma + 1
        if k < len(toks) and toks[k].text == "@":
            return None  # "officials tells @LauraAJarrett — Shimon Prokupecz (@ShimonPro)": a tweet's byline
        that = k < len(toks) and toks[k].lower in self.lex.complementizers
        if not that and toks[f.cue[0]].lower in UNQUOTED_NAMING.get(self.lex.lang, ()) \
                and toks[f.cue[0]].lower not in CHARACTERISING:
            stop = _clause_stop(s, k)
            if not any(s.inside[k:stop]):
                named = self._unquoted_naming(s, f, k, stop)  # "назвал победой здравого смысла решение"
                if named is not None:
                    return named
        if not that and toks[f.cue[0]].lower in CHARACTERISING:
            return self._characterised(s, f, k)
        if not that and self.lex.lang == "en" and toks[f.cue[0]].lower in ADDRESSEE_VERBS:
            # "told reporters the talks were over" reports; "told the truth about ...", "told them to leave" do not
            lows = [t.lower for t in toks[k:k + 6]]
            if lows[:2] == ["the", "truth"] or "to" in lows and not any(s.inside[k:k + 6]) and not any(
                    w in AUXILIARIES | MODALS for w in lows[:lows.index("to")]):
                return None
        if not that and self.lex.lang == "en" and toks[f.cue[0]].lower in ADDRESSEE_VERBS and k < len(toks) \
                and not any(s.inside[k:]):
            # "told the Wall Street Journal at the time.", "told more jokes until ...", "told the president how
            # ...": no clause opens within the addressee's phrase, or a question follows it; nothing reported
            stop = next((m for m in range(k, min(k + 6, len(toks))) if not toks[m].is_word), min(k + 6, len(toks)))
            later_that = any(toks[m].lower in self.lex.complementizers for m in range(k, min(k + 25, len(toks))))
            # (not "told CNN, during an interview aired on April 6, that ...": an aside, then "that")
            if not later_that and (any(toks[m].lower in QUESTION_WORDS for m in range(k + 1, stop)) or not any(
                    self._bare_clause(s, m) or m > k and toks[m].lower in SUBJECT_PRONOUNS | {"there"}
                    for m in range(k, stop))):
                return None
        if not that and self.lex.lang == "en" and k + 1 < len(toks) and toks[k].lower == "how" \
                and toks[f.cue[0]].lower not in ASKING and self._bare_clause(s, k + 1):
            k += 1  # "pointed out how the neocons are ...", "mentioned how some people were warned": a fact told
        elif not that and self.lex.lang == "en" and k < len(toks) and toks[k].lower in ("what", "how", "why", "whether", "if"):
            return None  # "saying what needed to be said": a free relative or a question, no reported clause
        if not that and self.lex.lang in ("fr", "it", "es") and not any(s.inside[k:]) \
                and not (f.right < len(toks) and toks[f.right].text == ":") and k < len(toks) \
                and not toks[k].lower.endswith(ROMANCE_INFINITIVES) \
                and toks[k].lower not in ("de", "d'", "d’", "di", "come", "comme", "como") \
                and not toks[k].lower.startswith(("d'", "d’", "qu'", "qu’")):
            return None  # "Il a ensuite annoncé deux morts": French and Italian report clauses with "que"/"che"
            # ("qu’elle réduirait": the complementizer elided into the pronoun)
            # (or an infinitive: "a annoncé livrer des missiles", "ha detto di essere")
        if not that and f.particle is not None and not self._german_reported_clause(s, k):
            return None  # "kündigte an, alle Truppen abzuziehen": an infinitive, not a reported clause
        if not that and f.right < len(toks) and toks[f.right].text == "," and not self._german_reported_clause(s, k):
            return None  # "it said, citing a notification": no clause follows; but "sagte, die Lage sei ernst"
        if not that and self.lex.lang == "en" and s.tokens[f.cue[0]].lower in OBJECT_SENSE_CUES \
                and k < len(toks) and (toks[k].text[:1].isdigit() or toks[k].lower in QUANTITY_OBJECTS) \
                and not any(s.inside[k:k + 6]) and not self._bare_clause(s, k) and not self._long_subject_clause(s, k):
            return None  # "central banks added 20 more tons of gold", "added more gold than": an amount, no clause
            # (but "added 20 people had been killed": the amount is the clause's subject)
        if not that and self.lex.lang == "en" and s.tokens[f.cue[0]].lower not in BARE_CLAUSE_VERBS \
                and not any(s.inside[k:k + 6]) and not self._bare_clause(s, k):
            return None  # "stressed the importance of": an object, not a reported clause
        if that:
            k += 1
        if k < len(toks) and toks[k].lower in AUXILIARIES:
            return None  # "what it said was ...": a relative clause
        if f.weak and not that and not infinitive and not any(s.inside[k:k + 6]) and not (
                self.lex.lang == "en" and k < len(toks) and toks[k].lower in SUBJECT_PRONOUNS | {"there", "it"}
                and self._bare_clause(s, k)):
            return None  # "called the proposal" is no report; "called it \"a mockery\"" is
        if not that and k + 2 < len(toks) and toks[k].lower in ABOUT_WORDS and toks[k + 1].text in OPENERS \
                and not s.inside[k] and s.inside[k + 2]:
            # "speaking of “health attacks”", "mówił o „szaleńczych atakach ...”": the quoted words the speaker
            # used about something, with their preposition (a mixed quote)
            st = next((x for x in self.stretches if x.open_mark == toks[k + 1].start), None)
            if st is not None and len(st.pieces) == 1 and st.close_mark is not None:
                return toks[k].start, st.outer_end
        if k < len(toks) and toks[k].lower in CLAUSELESS and not (
                self.lex.lang == "en" and toks[k].lower in APPROXIMATORS and self._bare_clause(s, k)) and (
                not that or self.lex.lang != "en" and any(
                tuple(t.lower for t in toks[k:k + len(ph)]) == ph for ph in self.lex.according)):
            # "told to", "warned of": not a reported clause ("said that in May ..." is one); "dodał,
            # że w jego ocenie ...": the "according to" source takes the clause
            return None
        end = len(toks)
        later = {g.left for g in s.frames if g is not f and g.left > k}
        # "..., adding that ...": a participle cue starts a second report even when its subject is further left
        later |= {g.cue[0] for g in s.frames if g is not f and g.participle and g.cue[0] > k}
        for m in range(k + 1, len(toks) - 1):
            if s.inside[m]:
                continue
            if toks[m].text == ";":
                end = m  # "says that he has blessed 50 couples; Father X has blessed two": a new clause
                break
            if toks[m].text == "," and toks[m + 1].lower in CONCESSIVE_BOUNDARIES and not s.inside[m + 1] \
                    and m - k >= 3:
                end = m  # "said Hasan had died a martyr, though in fact he remains alive": the writer's correction
                break
            if toks[m].text == "," and toks[m - 1].lower not in self.lex.complementizers and any(
                    tuple(t.lower for t in toks[m + 1:m + 1 + len(ph)]) == ph
                    and not (m + 1 + len(ph) < len(toks) and toks[m + 1 + len(ph)].lower in RELATIVES | RELATIVE_OBJECTS
                             and not toks[m + 1 + len(ph)].text.isupper() and not (
                                 self.lex.lang == "de" and toks[m + 1 + len(ph)].lower in self.lex.determiners))
                    for ph in self.lex.according):
                end = m  # "..., according to the NYDN": a second source, not this one's words
                break
            if toks[m].text == "," and toks[m - 1].lower not in self.lex.complementizers \
                    and (m + 1 in later or (m + 2 in later and toks[m + 1].lower in CONJUNCTIONS)):
                end = m  # "..., the report said", "..., but the AP reported that": the next frame starts
                break
            if toks[m].lower in CONJUNCTIONS and m + 1 < len(toks) and toks[m + 1].lower in AUXILIARIES \
                    and (toks[m - 1].text == "," or toks[m].lower in CONTRASTIVE) and not any(s.inside[m + 1:]) \
                    and not self._clause_subject_goes_on(toks[k], toks[m + 1]):
                # "insisted that X left, but have provided no evidence"; but not "says it sold ... but
                # is now \"closed indefinitely\"": quoted words after the conjunction are still the report
                end = m
                break
            if toks[m].lower in CONJUNCTIONS and (any(
                    t.lower in self.lex.cue_verbs and t.lower not in WEAK_CUES and not s.inside[m + 1 + n]
                    for n, t in enumerate(toks[m + 1:m + 4])) or (
                    toks[m + 1].lower in CHARACTERISING and not s.inside[m + 1])):
                end = m  # "... and said ...": a second report of the same speaker
                break
        while end > k and not toks[end - 1].is_word and toks[end - 1].text not in QUOTE_CHARS:
            end -= 1
        if f.relative:
            comma = next((m for m in range(k, end) if toks[m].text == "," and not s.inside[m]
                          and not (m + 2 < end and toks[m + 1].lower in CONJUNCTIONS
                                   and toks[m + 2].lower in self.lex.complementizers)), None)
            if comma is not None:
                if any(t.lower in self.lex.cue_verbs for t in toks[comma + 1:comma + 4]):
                    return None  # "X, the teen who says ..., told": the report inside an apposition
                end = comma
        words = [t for t in toks[k:end] if t.is_word]
        if len(words) < 3 and not (that and len(words) == 2 and all(t.text.isalpha() for t in words)
                                   and words[0].lower not in PREPOSITIONS):
            return None  # after "that"/"что"/"że" two words are a clause ("что санкции незаконны"), not
            # "told that for years" (the demonstrative) or "dass der 16. Februar ..." (cut at the number)
        return toks[k].start, toks[end - 1].end

    def _infinitive_report(self, s: Sentence, f: Frame, k: int) -> bool:
        """French, Italian and Spanish report the speaker's own statement with "di"/"de" and an
        infinitive ("ha ribadito di aver già preso contatti", "ha raccontato di aver passato", "ha fatto
        sapere di essere"); not after a request or a promise ("ha chiesto di essere ascoltato", "ha promesso
        di tornare")."""
        toks = s.tokens
        if self.lex.lang not in ("fr", "it", "es") or k + 1 >= len(toks) or s.inside[k] or s.inside[k + 1]:
            return False
        if toks[k].lower not in ("di", "de") or toks[f.cue[0]].lower in REQUEST_CUES:
            return False
        nxt = toks[k + 1]
        return nxt.is_word and not nxt.is_capitalised and len(nxt.text) > 3 and nxt.lower.endswith(ROMANCE_INFINITIVES)

    @staticmethod
    def _clause_subject_goes_on(subject: Token, aux: Token) -> bool:
        """"said he was not concerned ..., but was determined to ...": an auxiliary after "but" that agrees
        with the reported clause's own pronoun subject continues that clause (the speaker's next act, "...,
        but have provided no evidence", does not agree with it)."""
        number = {"he": "sg", "she": "sg", "it": "sg", "they": "pl", "we": "pl"}.get(subject.lower)
        verb = {"is": "sg", "was": "sg", "has": "sg", "are": "pl", "were": "pl", "have": "pl"}.get(aux.lower)
        return number is not None and number == verb

    def _german_perfect_subject(self, s: Sentence, a: int) -> tuple[int, int] | None:
        """German perfect and pluperfect put the participle cue at the end of its clause: "Jake Sullivan
        hatte CNN am Sonntag mitgeteilt, dass ...", "Am Montag hat der Minister erklärt, ...". The
        subject stands next to the auxiliary: before it, or right after it when an adverbial opens the
        sentence (verb second)."""
        toks = s.tokens
        for h in range(a - 1, max(-1, a - 15), -1):
            if s.inside[h] or toks[h].text in ",;:" or toks[h].lower in self.lex.complementizers:
                return None
            if toks[h].lower in GERMAN_AUXILIARIES:
                left = self._np_left(s, h - 1) if h > 0 else None
                if left is not None and left[0] > 1 and toks[left[0] - 1].text == ",":
                    core = self._np_left(s, left[0] - 2, appositive=False)
                    if core is not None:  # "Der Sicherheitsberater ..., Jake Sullivan, hatte": the whole subject
                        return (core[0], left[1])
                if left is not None and not (left[0] > 0 and toks[left[0] - 1].lower in PHRASE_PREPOSITIONS["de"]):
                    return left
                right = self._np_right(s, h + 1)
                return right if right is not None and right[1] <= a else None
        return None

    def _german_reported_clause(self, s: Sentence, k: int) -> bool:
        """German reports a clause without "dass" by its mood: after a cue and a comma, a clause whose
        finite verb is in Konjunktiv I (or the Konjunktiv II standing in for it) is reported speech
        ("Er sagte, die Lage sei ernst", "behauptete dann, die Propaganda sei gescheitert")."""
        if self.lex.lang != "de" or k >= len(s.tokens) or s.tokens[k].lower in RELATIVES - {"die", "der"} \
                or s.tokens[k].lower in CONJUNCTIONS or s.tokens[k].lower in ("um", "ohne", "statt", "zu"):
            return False
        for m in range(k, len(s.tokens)):
            t = s.tokens[m]
            if not s.inside[m] and t.text in ",;:":
                return False
            if not s.inside[m] and (t.lower in KONJUNKTIV_I or t.lower in REPORTED_K2) and not t.is_capitalised:
                return m > k
        return False

    def _complement_verb(self, s: Sentence, i: int) -> bool:
        """Token ``i`` is a verb the lexicon does not list that reports the clause after it: it is
        followed (after adverbs and a comma) by a complementizer ("bemoans that", "potwierdziło
        również, że", "a déjà montré que"), is shaped like a finite verb or participle of its
        language, is no verb of thought, perception or feeling, no copula stands before it, and a
        speaker phrase (a name, role, pronoun or described person) stands before it. The unlisted cues
        of unseen articles are mostly such verbs; the lexicon cannot list them all."""
        lang, toks, n = self.lex.lang, s.tokens, len(s.tokens)
        j = i + 1  # first the complementizer after it, which rules out almost every word at once
        while j < n and j - i <= 2 and not s.inside[j] and (
                toks[j].lower in DISCOURSE_ADVERBS or toks[j].lower in CLAUSE_ADVERBS
                or lang == "en" and toks[j].lower.endswith("ly")):
            j += 1  # adverbs only: "said last week that", "news is that" are no verb and its clause
        if j < n and toks[j].text == "," and lang != "en":
            j += 1
        if j >= n or s.inside[j] or toks[j].lower not in DECLARATIVE_COMPLEMENTIZERS:
            return False  # (not "чтобы", "aby": a purpose)
        tok = toks[i]
        low = tok.lower
        stems = NOT_SPEECH_STEMS.get(lang, ())
        if not tok.is_word or tok.is_capitalised or len(low) < 4 or low in NOT_COMPLEMENT_VERBS \
                or low in self.lex.stop_capitalised or low in self.lex.skippable or low in self.lex.complementizers \
                or low in AUXILIARIES or low in MODALS or low in COPULAS or low in self.lex.determiners \
                or low.startswith(stems) or any(len(x) >= 4 and x in low for x in stems):
            return False  # (inside the word too: "befürchtet", "увидят", "zrozumiał" carry a prefix)
        shaped = {
            "en": low.endswith(("ed", "es")) or low.endswith("s") and not low.endswith(("ss", "us", "is")),
            "fr": low.endswith(("é", "ée", "és", "ent", "e", "it", "is")),
            "de": low.endswith(("t", "te", "ten", "en")),
            "it": low.endswith(("ato", "ata", "ito", "ita", "uto", "a", "e", "ano", "ono")),
            "pl": low.endswith(("ł", "ła", "ło", "li", "ły", "uje", "ują", "a", "i", "e")) and len(low) >= 5,
            "ru": low.endswith(("л", "ла", "ло", "ли", "ет", "ит", "ют", "ят")) and len(low) >= 5,
        }.get(lang, False)
        if not shaped:
            return False
        k = i - 1
        while k >= 0 and not s.inside[k] and (toks[k].lower in self.lex.skippable or toks[k].lower in DISCOURSE_ADVERBS
                                              or lang == "en" and toks[k].lower.endswith("ly") and not toks[k].is_capitalised):
            if toks[k].lower in COPULAS:
                return False  # "was convinced that", "è convinto che"
            k -= 1
        if k < 0 or s.inside[k] or toks[k].lower in COPULAS or toks[k].lower in NEGATIONS:
            return False
        if toks[k].lower in self.lex.determiners or toks[k].lower in PREPOSITIONS:
            return False  # "the fact that", "in view that": a noun, no verb
        if lang in ("fr", "it") and toks[k].lower not in COMPLEMENT_AUXILIARIES:
            return False  # a participle after its auxiliary ("a précisé que", "ha ricordato che"); "une Italie
            # faible, che ...", "C'est au siècle que": a relative or a cleft, no report
        if lang == "en" and not low.endswith("ed") and not (self.registry.is_pronoun(toks[k]) or toks[k].is_capitalised):
            return False  # "-s" is a verb after a name or pronoun ("Smith bemoans that"), else a plural ("ways that")
        return self._np_left(s, i - 1) is not None

    @staticmethod
    def _first_word(s: Sentence) -> int:
        """Index of the sentence's first token after opening conjunctions, connectives, adverbs and
        their commas ("And, ...", "Or, ...", "При этом, ...")."""
        toks, k = s.tokens, 0
        while k < len(toks) and (toks[k].text in (",", "—", "–", "-") or toks[k].lower in CONJUNCTIONS
                                 or toks[k].lower in DISCOURSE_ADVERBS or toks[k].lower in OPENING_CONNECTIVES):
            k += 1
        return k

    def _opens_clause(self, s: Sentence, a: int) -> bool:
        """Token ``a`` opens the sentence, or follows only a conjunction or adverb ("And, according
        to ...", "Or, selon ...", "При этом, как ...")."""
        return self._first_word(s) >= a and not any(s.inside[:a + 1])

    def _source_to_comma(self, s: Sentence, b: int) -> tuple[int, int] | None:
        """The words from ``b`` to the next comma: an opening source phrase of at most ten tokens,
        with no quote mark, sentence punctuation or complementizer in it, followed by a clause."""
        toks = s.tokens
        depth, limit = 0, b + 11
        for k in range(b, min(len(toks), b + 18)):
            t = toks[k]
            if t.text == "(" and depth == 0 and k > b:
                depth, limit = 1, limit + 6  # "de l'Organisation mondiale de la santé (OMS) publiées ...": an acronym
                continue
            if t.text == ")" and depth == 1:
                depth = 0
                continue
            if k >= limit:
                return None
            if t.text == "," and depth == 0:
                if k == b or k + 3 >= len(toks):
                    return None
                return (b, k)
            if s.inside[k] or t.text in QUOTE_CHARS or t.lower in self.lex.complementizers \
                    or t.text in PUNCT_BETWEEN or t.text in (":", "(", ")"):
                return None
        return None

    def _closing_source(self, s: Sentence, b: int) -> tuple[int, int] | None:
        """"..., according to the latest data released by the World Gold Council.", "..., selon un bilan fourni
        par la présidence ukrainienne.": a source phrase closing the sentence after a comma, whatever its words
        (at most fourteen, no quote mark, comma or complementizer); its agent after "by"/"par"/"da"/"von"/
        "przez" when it names one."""
        toks = s.tokens
        end = len(toks)
        while end > b and toks[end - 1].text in PUNCT_BETWEEN:
            end -= 1
        if end <= b or end - b > 14 or toks[b].text in PUNCT_BETWEEN:
            return None
        for k in range(b, end):
            t = toks[k]
            if s.inside[k] or t.text in QUOTE_CHARS or t.lower in self.lex.complementizers \
                    or t.text in PUNCT_BETWEEN or t.text in (":", "(", ")"):
                return None
        agent = next((k for k in range(b + 1, end - 1) if toks[k].lower in AGENT_PREPOSITIONS), None)
        return (agent + 1, end) if agent is not None else (b, end)

    def _after_opening_adverbial(self, s: Sentence, k: int) -> bool:
        """Token ``k`` follows only an opening adverbial set off by a comma ("Dans un discours
        prononcé mercredi, M. Poutine a déclaré que ...")."""
        toks = s.tokens
        while 1 < k < len(toks) and toks[k - 1].text != "," and (
                self.registry.is_title(toks[k - 1]) or self.registry.is_name_word(toks[k - 1])
                or toks[k - 1].text == "."):
            k -= 1  # "..., M. | Vladimir Poutine"
        return (1 < k < len(toks) and toks[k - 1].text == "," and not s.inside[0]
                and toks[0].lower in PREPOSITIONS | SUBORDINATORS
                and not any(toks[m].text == "," or s.inside[m] for m in range(1, k - 1)))

    def _coordinated_clauses(self, s: Sentence, rng: tuple[int, int]) -> list[tuple[int, int]]:
        """"ha ribadito che X, ma anche che Y", "said that X, and that Y": two reported clauses, each
        its own quote."""
        toks = s.tokens
        idx = [m for m, t in enumerate(toks) if rng[0] <= t.start and t.end <= rng[1]]
        for m in idx[1:-3]:
            if s.inside[m] or toks[m].text != "," or toks[m + 1].lower not in CONJUNCTIONS:
                continue
            c = m + 2
            if toks[c].lower not in ("also", "anche", "aussi", "auch", "także", "также") or c + 1 >= len(toks):
                continue  # ", and that ...": the same report goes on; ", but also that ...": a second one
            c += 1
            if toks[c].lower in self.lex.complementizers and c + 1 < len(toks) and toks[c + 1].end <= rng[1] \
                    and len([t for t in toks[c + 1:idx[-1] + 1] if t.is_word]) >= 3:
                first_end = toks[m - 1].end
                return [(rng[0], first_end), (toks[c + 1].start, rng[1])]
        return [rng]

    def _bare_clause(self, s: Sentence, k: int) -> bool:
        """English clause without "that" after any cue: a subject pronoun and its verb ("announced
        he would", "admitted he didn't") or a short noun phrase and an auxiliary ("declaring the
        US will stop")."""
        toks = s.tokens
        if k + 1 >= len(toks) or s.inside[k] or s.inside[k + 1]:
            return False
        first, nxt = toks[k].lower, toks[k + 1].lower
        if first in QUANTIFIERS and k + 2 < len(toks) and toks[k + 1].is_word and not s.inside[k + 2]:
            k, first, nxt = k + 1, nxt, toks[k + 2].lower  # "some Hondurans had": the noun after the quantifier
            if first in AUXILIARIES | MODALS:
                return False
            return nxt in AUXILIARIES | MODALS or self._long_subject_clause(s, k)
        if first == "there" and nxt in AUXILIARIES | MODALS:
            return True  # "reported there were over 300 shootings": an expletive subject and its verb
        if first == "it" and nxt in MODALS | FINITE_AUXILIARIES:
            return True  # "announced it would provide", "said it was": "it" and a finite verb (not "announced it on")
        if first in APPROXIMATORS and (nxt[:1].isdigit() or nxt in AMOUNT_WORDS) and toks[k + 1].is_word:
            return self._long_subject_clause(s, k + 1)  # "say about half of the housing was built": a quantity
        if first in SUBJECT_PRONOUNS or first.split("’")[0].split("'")[0] in SUBJECT_PRONOUNS and first not in SUBJECT_PRONOUNS:
            if "'" in first or "’" in first:
                return True  # "he'd", "they're"
            return nxt in AUXILIARIES | MODALS or nxt.endswith(("n't", "n’t")) or nxt in IRREGULAR_PASTS or (
                nxt.endswith("ed") and toks[k + 1].is_word and not toks[k + 1].is_capitalised)
        if first not in self.lex.determiners and not self.registry.is_name_word(toks[k]):
            return False
        for m in range(k + 1, min(k + 5, len(toks))):
            t = toks[m]
            if s.inside[m] or not t.is_word:
                return False
            if t.lower in AUXILIARIES | MODALS and m > k:
                return m >= k + 1 and (self.registry.is_name_word(toks[m - 1]) or not toks[m - 1].lower.endswith("ly"))
            if t.lower in PREPOSITIONS | CLAUSELESS | RELATIVES or t.lower in CONJUNCTIONS:
                return self._long_subject_clause(s, k)
        return False

    def _long_subject_clause(self, s: Sentence, k: int) -> bool:
        """A clause whose subject carries a prepositional phrase or an infinitive before its auxiliary
        ("the effort to rid the river of waste was", "some residents in the valley had"): up to ten
        words with no comma, quote mark, relative or conjunction, then an auxiliary or a modal after a
        noun (not an adverb)."""
        toks = s.tokens
        for m in range(k + 1, min(k + 11, len(toks))):
            t = toks[m]
            if s.inside[m] or not t.is_word or t.lower in RELATIVES | CONJUNCTIONS or t.lower in self.lex.cue_verbs \
                    or t.lower in self.lex.complementizers:
                return False
            if t.lower in AUXILIARIES | MODALS:
                prev = toks[m - 1]
                return prev.lower not in PREPOSITIONS | CLAUSELESS | OF_WORDS and not prev.lower.endswith("ly") \
                    and prev.lower not in self.lex.determiners and prev.lower != "to"
        return False

    def _characterised(self, s: Sentence, f: Frame, k: int) -> tuple[int, int] | None:
        """"defended Farrakhan as an “outstanding human being”", "denounced Jews as “satanic”":
        what someone called someone, the object and the quoted words (a mixed quote)."""
        toks = s.tokens
        cue = toks[f.cue[0]].lower
        # a naming verb's object may be long ("called the example Pope Francis set in the way he handled the
        # abuse information “extremely dangerous”")
        m = next((x for x in range(k, min(k + (20 if cue in NAMING else 12), len(toks))) if s.inside[x]), None)
        stop = _clause_stop(s, k)
        if m is not None and m >= stop and cue in UNQUOTED_NAMING.get(self.lex.lang, ()):
            m = None  # the marks open after the clause: no quoted complement of this verb
        if m is None:
            return self._unquoted_naming(s, f, k, stop)
        if m == k:
            return None
        lead = [t for t in toks[k:m] if t.text not in QUOTE_CHARS and t.lower not in self.lex.determiners]
        clitic = f.cue[0] - 1 if f.cue[0] > 0 and toks[f.cue[0] - 1].lower.replace("’", "'") in NAMING_CLITICS else None
        if not lead and cue in NAMING and clitic is not None and all(t.text not in QUOTE_CHARS for t in toks[k:m - 1]):
            lead = toks[clitic:clitic + 1]  # "Putin l’ha definita una «operazione militare speciale»": the object
            k = clitic  # is the clitic before the verb; the quote comes with its article
        if not lead or not all(t.is_word for t in lead):
            return None
        if lead[-1].lower not in AS_WORDS and cue not in NAMING:
            return None
        if lead[-1].lower in AS_WORDS and len(lead) < 2 and cue not in NAMING:
            return None  # "was described as a ...": no object, a passive
        st = next((x for x in self.stretches for a, b in x.pieces if a <= toks[m].start < b), None)
        if st is None or len(st.pieces) > 1 or len(self.text[st.start:st.end].split()) > 12:
            return None
        return toks[k].start, (st.outer_end if st.close_mark is not None else st.end)

    def _unquoted_naming(self, s: Sentence, f: Frame, k: int, stop: int) -> tuple[int, int] | None:
        """"Песков назвал победой здравого смысла решение ОПЕК+", "bezeichnete den Pass als sinnlos", "Er hat
        Saudi-Arabien als Schurkenstaat bezeichnet": a naming verb with no quote marks reports, as an indirect
        quote, what the speaker called someone, when the complement shows itself by its case (the instrumental,
        Polish and Russian) or by "als" (German). The span runs from the object to the end of the clause; a
        negated verb ("не назвал причину") or a complement of no case ("назвал сроки", "nannte Zahlen") is no
        report."""
        toks, lang = s.tokens, self.lex.lang
        cue_i = f.cue[0]
        if toks[cue_i].lower not in UNQUOTED_NAMING.get(lang, ()) or f.subject is None \
                or cue_i > 0 and toks[cue_i - 1].lower in NEGATIONS:
            return None
        if lang == "de" and toks[cue_i].lower == "bezeichnet" and (k >= len(toks) or not toks[k].is_word
                                                                     or toks[k].lower in CONJUNCTIONS):
            # the perfect: "Er hat | Saudi-Arabien als Schurkenstaat | bezeichnet": the object and complement
            # stand between the auxiliary (after the subject) and the participle closing the clause
            aux = next((x for x in range(cue_i - 1, -1, -1) if toks[x].lower in GERMAN_AUXILIARIES), None)
            if aux is None or f.subject[1] > aux + 1 and f.subject[0] <= aux:
                return None
            a = max(aux + 1, f.subject[1]) if f.subject[0] > aux else aux + 1
            words = toks[a:cue_i]
            if not (2 <= len(words) <= 12) or "als" not in [t.lower for t in words[1:-1]] \
                    or any(s.inside[a:cue_i]) or not all(t.is_word or t.text in "-," for t in words):
                return None
            return toks[a].start, toks[cue_i - 1].end
        end = stop
        for x in range(k, stop):
            if toks[x].text in ("–", "—") or toks[x].text == "," and x + 1 < stop and toks[x + 1].lower in CONJUNCTIONS \
                    or toks[x].lower in self.lex.cue_verbs and x > k:
                end = x
                break
        while end > k and not toks[end - 1].is_word:
            end -= 1
        words = toks[k:end]
        if len(words) < 2 or len(words) > 30 or any(s.inside[k:end]) and lang != "de":
            return None
        lows = [t.lower for t in words]
        if lang == "de":
            if "als" not in lows[1:] or lows.index("als", 1) > 8:
                return None
        elif not any(w.endswith(INSTRUMENTAL_ENDINGS[lang]) and len(w) > 3 for w in lows[:6]):
            return None
        return toks[k].start, toks[end - 1].end

    def _content_before(self, s: Sentence, f: Frame) -> tuple[int, int] | None:
        """"<clause>, X said." — the frame must close the sentence."""
        toks = s.tokens
        if f.right < len(toks) and toks[f.right].text == ":" and not any(t.is_word for t in toks[f.right + 1:]) \
                and (f.participle or f.subject is None):
            return None  # "..., dicendo:": the cue introduces the words after the colon, not the clause before
            # (but "<clause>, the Union-Tribune reports:" reports the clause before, then quotes on)
        if f.weak and any(t.is_word for t in toks[f.right:]):
            return None  # a weak cue reports only when it ends the sentence ("..., the Journal reported.")
        if self.lex.lang == "en" and f.right < len(toks) and not s.inside[f.right] and self._bare_clause(s, f.right):
            return None  # "Speaking to reporters on Monday, Biden said the economy was strong": the clause after
        if self._german_clause_after_apposition(s, f):
            return None  # "Die Sprecherin des Amtes, Anna Berg, sagte, die Lage sei ernst": the clause after
        stop = next((m for m in range(f.right, len(toks)) if toks[m].text == "," and not s.inside[m]), len(toks))
        tail = [t for t in toks[f.right:stop] if t.is_word and t.lower not in self.lex.skippable]
        # "..., he told The Daily Caller on Sunday." ends the sentence; "..., X said the
        # department had ..." starts a new report
        head = next((t for t in tail if t.lower not in self.lex.determiners), None)  # "told the US Senate in January."
        if len(tail) > 3 and not ((len(tail) <= 7 and head is not None
                                   and (head.is_capitalised or head.lower in self.lex.objects))
                                  or (len(tail) <= 12 and tail[0].lower in PREPOSITIONS)
                                  or (len(tail) <= 12 and tail[0].lower in ADDRESSEE_PREPOSITIONS
                                      and not (stop + 1 < len(toks) and toks[stop + 1].lower in self.lex.complementizers))
                                  or (len(tail) <= 7 and tail[1].lower in AGENT_PREPOSITIONS)  # "intervistato da X".
                                  or (len(tail) <= 16 and tail[0].lower in ADVERBIAL_PREPOSITIONS | {"lors"})):
            return None
        k = f.left - 1
        if k >= 2 and toks[k].lower in TAG_AS_WORDS and toks[k - 1].text == "," and not s.inside[k]:
            k -= 1  # "<clause>, come spiega X", "<clause>, as the mayor explained": the tag says "as"
        if k >= 1 and toks[k].text in QUOTE_CHARS and self.text[toks[k].start - 1] == ",":
            k += 0  # 'The talks were "direct and candid," X said': the comma is inside the quote
        elif k < 1 or toks[k].text not in (",",) and toks[k].text not in DASHES:
            return None
        first = next((m + 1 for m in range(k - 1, -1, -1) if toks[m].text == ";" and not s.inside[m]), 0)
        words = [t for t in toks[first:k] if t.is_word]  # "X left; the talks are over, she said": after the ";"
        # "– To skandal – oceniła X.": Polish and Russian speech set off by dashes may be two words
        dash_speech = self.lex.lang in DASH_SPEECH and toks[k].text in DASHES and toks[0].text in DASHES
        if len(words) < (2 if dash_speech else 4):
            return None
        if toks[k].text == "," and f.subject is not None and f.subject[0] == k + 1 and f.subject[1] <= f.cue[0] \
                and (toks[f.subject[1]].text == "," or tail) and words \
                and (bare(words[-1].text) in self.lex.roles or words[0].lower in self.lex.determiners and first == 0
                     and any(bare(w.text) in self.lex.roles for w in words[1:3]))  \
                and f.speaker is not None and f.speaker.kind == "person":
            return None  # "In a statement, the company's chief executive, Mark Lee, said:", "Le chef de la
            # diplomatie russe, Sergueï Lavrov, a dénoncé ...": a description in apposition, no clause
            # (but "A federal judge on Monday issued an injunction, Xavier Becerra said.": the name, the cue
            # and nothing after them close the sentence: the words before are the report)
        return toks[first].start, toks[k - 1].end

    def _name_apposition(self, s: Sentence, k: int) -> tuple[int, Entity] | None:
        """A person's name set off by commas at ``k`` ("..., Dmitrij Peskov, ..."): the token after its
        closing comma and the person."""
        toks = s.tokens
        comma = next((m for m in range(k, min(k + 6, len(toks))) if toks[m].text == ","), None)
        if comma is None or comma - k < 2 or any(s.inside[k:comma]) \
                or not all(self.registry.is_name_word(t) or t.text in SURNAME_PARTICLES for t in toks[k:comma]):
            return None
        entity = self.registry.entity_at(toks[k].start, toks[comma - 1].end)
        if entity is None or entity.kind != "person" or comma + 1 >= len(toks):
            return None
        return comma + 1, entity

    def _medial_according_content(self, s: Sentence, f: Frame):
        """A source phrase ("according to X", "selon X", "laut X", "secondo X", "zdaniem X", "по словам X") inside a
        sentence, not opening it:
        - after a conjunction or an opening bracket ("..., choć zdaniem Sadeckiego <clause>", "mentre per l'Aie
          <clause>", "(według Brukseli <clause>)"): the clause after the source, to the sentence end or the bracket;
        - before "that" ("najbardziej prawdopodobny według Sweeneya, że <clause>"): the clause after "that";
        - set off by dashes ("W Rosji – według portalu Meduza – spada ..."), or standing bare between the words of
          one clause ("Unter den Nachfolgern befinden sich laut einer Analyse mehrere ...", "jest zdaniem posłanki
          ..."): the whole sentence.
        None when none of these shapes holds."""
        toks = s.tokens
        n = len(toks)
        k, r = f.left - 1, f.right
        if k < 1 or r >= n or f.subject is None or any(s.inside[k:r]):
            return None

        def span(first: int, end: int):
            while first < end and (toks[first].text == "," or not toks[first].is_word
                                   and toks[first].text not in QUOTE_CHARS):
                first += 1
            while end > first and not toks[end - 1].is_word and toks[end - 1].text not in QUOTE_CHARS:
                end -= 1
            if len([t for t in toks[first:end] if t.is_word]) < 3:
                return None
            return toks[first].start, toks[end - 1].end

        before = toks[k].lower
        if toks[k].text == "(":
            close = next((m for m in range(r, n) if toks[m].text == ")"), None)
            first = next((m for m in range(r, close or r) if toks[m].is_word), None)
            if close is None or first is None:
                if any(toks[x].lower in self.lex.cue_verbs for x in range(f.cue[0], f.cue[1])):
                    return None  # "... (как заявил премьер-министр Макгоуэн).": an "as X said" in brackets reports
                    # the words before it
                return AS_SOURCE_ONLY  # 'a "trivialized liturgy" (according to Pope Benedict XVI)', "(per i Brics)":
                # the source of a phrase or no source, not of the sentence
            if toks[first].lower in PREPOSITIONS | ADVERBIAL_PREPOSITIONS:
                return AS_SOURCE_ONLY  # "(d'après Macron en personne, lors du débat)": the source named, no clause
            return span(r, close)
        if before in CONJUNCTIONS | CONCESSIVES | MEDIAL_OPENERS and toks[k - 1].text == "," and not s.inside[k - 1]:
            return span(r, n)  # "..., choć zdaniem Sadeckiego byłby on ...", "..., mentre per l'Aie bisogna ..."
        if toks[k].text == "," and toks[k - 1].lower in CONJUNCTIONS and toks[r].text == "," and not s.inside[k - 1]:
            return span(r, n)  # "..., и, по версии американской стороны, <clause>"
        m = r + 1 if toks[r].text == "," and r + 1 < n else r
        if toks[m].lower in self.lex.complementizers and not s.inside[m] and toks[k].is_word:
            return span(m + 1, n)  # "najbardziej prawdopodobny według Sweeneya, że <clause>"
        if toks[k].text in DASHES and toks[r].text in DASHES and k > 1:
            return span(0, n)  # "W tym samym czasie w Rosji – według portalu Meduza – spada ..."
        if toks[k].is_word and toks[r].is_word and not toks[r].is_capitalised and toks[k].lower not in RELATIVES \
                and not any(t.text in ",;:" or t.text in DASHES for t in toks[:k]) \
                and any(t.is_word for t in toks[r + 1:]) and self.lex.lang != "en":
            return span(0, n)  # "Unter den Nachfolgern befinden sich laut einer Analyse mehrere Hardliner"
        return None

    def _according_content(self, s: Sentence, f: Frame) -> tuple[int, int] | None:
        toks = s.tokens
        if f.opening is not None:
            end = len(toks)
            if f.relative_source and (toks[0].lower in PHRASE_PREPOSITIONS.get(self.lex.lang, ())
                                      or toks[0].lower in CONCESSIVE_PREPOSITIONS):
                # "Malgré les affirmations selon lesquelles <clause>, aucune preuve ...": the phrase opens the
                # sentence, its main clause follows the comma
                # (not a list's comma: "violent, pillent et tuent")
                end = next((m for m in range(f.opening + 1, len(toks)) if toks[m].text == "," and not s.inside[m]
                            and not any(t.lower in TITLE_COORDINATORS | {"or", "ou", "o", "oder", "lub", "или"}
                                        for t in toks[m + 1:m + 4])), end)
            while end > f.opening and not toks[end - 1].is_word and toks[end - 1].text not in QUOTE_CHARS:
                end -= 1
            first = f.opening + 1  # after the comma
            if len([t for t in toks[first:end] if t.is_word]) < 3:
                return None
            return toks[first].start, toks[end - 1].end
        if f.left <= 1:
            inside_cue = f.subject is not None and f.cue[0] <= f.subject[0] and f.subject[1] <= f.cue[1] \
                and f.right < len(toks)
            if inside_cue and (toks[f.right].text == "," or self.lex.lang in V2_LANGS and toks[f.right].is_word
                               and not toks[f.right].is_capitalised):
                # "Nach seiner Ansicht wird ... entfacht", "In his view, ...": the source is in the cue, the
                # clause follows it
                first = f.right + 1 if toks[f.right].text == "," else f.right
                end = len(toks)
                while end > first and not toks[end - 1].is_word and toks[end - 1].text not in QUOTE_CHARS:
                    end -= 1
                if len([t for t in toks[first:end] if t.is_word]) >= 3:
                    return toks[first].start, toks[end - 1].end
                return None
            k = f.right
            while k < len(toks) and toks[k].text != ",":
                k += 1
            if self.lex.lang in V2_LANGS and f.subject is not None and f.subject[1] < len(toks) \
                    and toks[f.subject[1]].is_word and not toks[f.subject[1]].is_capitalised:
                k = f.right - 1  # "Aus Sicht von Bölke heizen Heizungen ...": the verb follows the source
                # (and a postposition: "Scholz zufolge ist ...")
            if k >= len(toks) and f.subject is not None:
                k = f.right - 1  # "Według Ławrowa sankcje są ...": no comma after the source ("Scholz zufolge ist
                # ...": after the postposition)
            stop = len(toks)
            if self.lex.lang not in V2_LANGS and f.subject is not None and f.subject[1] < len(toks) \
                    and toks[f.subject[1]].is_word and not toks[f.subject[1]].is_capitalised \
                    and toks[f.subject[1]].lower not in self.lex.according_after and k > f.subject[1] \
                    and toks[f.subject[1]].lower not in PREPOSITIONS | CLAUSELESS | OF_WORDS | GENITIVE_LINKS | {"by", "from"}:
                # "Per Pechino si tratta di una "questione complicata", anche se ...": no comma after
                # the source; the clause right after it, to the next comma
                stop = k
                k = f.subject[1] - 1
            if k + 1 < len(toks) and toks[k].text == "," and k + 1 < stop and not s.inside[k + 1] and (
                    toks[k + 1].lower in self.lex.determiners or bare(toks[k + 1].text) in self.lex.roles):
                # "According to John Smith, a spokesman for the agency, the decision ...": an apposition to the
                # source, set off by commas, is no part of the clause
                c = next((x for x in range(k + 2, min(stop, k + 12)) if toks[x].text == ","), None)
                if c is not None and not any(s.inside[k + 1:c]) and not any(
                        t.lower in self.lex.cue_verbs or t.lower in self.lex.complementizers for t in toks[k + 1:c]) \
                        and any(bare(t.text) in self.lex.roles for t in toks[k + 1:c]) \
                        and len([t for t in toks[c + 1:stop] if t.is_word]) >= 3:
                    k = c
            named = (self._name_apposition(s, k + 1) if k + 1 < stop and toks[k].text == "," and f.subject is not None
                     and any(bare(t.text) in self.lex.roles for t in toks[f.subject[0]:f.subject[1]]) else None)
            # (a role's holder; not "According to the New York Daily News, Brett Kavanaugh, ..., held": the subject)
            if named is not None:
                k, f.speaker = named[0] - 1, named[1]  # "Secondo il portavoce del Cremlino, Dmitrij Peskov, ...":
                # the role's holder named in apposition speaks, the clause starts after the name
            if k + 1 < len(toks):
                rest = toks[k + 1:stop]
                while rest and not rest[-1].is_word and rest[-1].text not in QUOTE_CHARS:
                    rest = rest[:-1]
                if len([t for t in rest if t.is_word]) >= 3:
                    return rest[0].start, rest[-1].end
            return None
        k = f.left - 1
        if toks[k].lower in self.lex.complementizers or (toks[k].text == "," and k > 0
                                                         and toks[k - 1].lower in self.lex.complementizers):
            # "Dodał też, że w jego ocenie <clause>": the source heads the clause after it
            rest = toks[max(f.right, f.subject[1] if f.subject else 0):]
            while rest and (rest[0].text == "," or not rest[0].is_word and rest[0].text not in QUOTE_CHARS):
                rest = rest[1:]
            while rest and not rest[-1].is_word and rest[-1].text not in QUOTE_CHARS:
                rest = rest[:-1]
            if len([t for t in rest if t.is_word]) >= 3:
                return rest[0].start, rest[-1].end
            return None
        if toks[k].text in {","} | DASHES and toks[f.right - 1].lower in self.lex.cue_verbs \
                and f.right < len(toks) and toks[f.right].text in {","} | DASHES and not any(s.inside):
            # "Pracownicy - jak zaznaczył - powinni ...", "Na razie, jak dodał, rząd robi ...": a
            # parenthetical "as he said" reports the whole sentence around it
            end = len(toks)
            while end > 0 and not toks[end - 1].is_word:
                end -= 1
            if len([t for t in toks[:end] if t.is_word]) - (f.right - f.left) >= 4:
                return toks[0].start, toks[end - 1].end
            return None
        r = f.right
        medial = self._medial_according_content(s, f)
        if medial is not None:
            return medial if medial != AS_SOURCE_ONLY else None
        if toks[k].text == "," and r + 1 < len(toks) and toks[r].text == "," and not any(s.inside[k:r + 1]) \
                and toks[r + 1].lower not in CONJUNCTIONS and toks[k - 1].lower not in RELATIVES \
                and not self._opens_clause(s, f.left) \
                and len([t for t in toks[r + 1:] if t.is_word]) >= 3:
            # "Scandaleux, selon les journalistes, les pitreries du premier ministre ...", "The plan, according
            # to officials, will cost ...": a source set off by commas in mid-sentence reports the whole sentence
            end = len(toks)
            while end > r and not toks[end - 1].is_word and toks[end - 1].text not in QUOTE_CHARS:
                end -= 1
            return toks[0].start, toks[end - 1].end
        while k > 0 and toks[k].text in PUNCT_BETWEEN:
            k -= 1
        if len([t for t in toks[:k + 1] if t.is_word]) >= 3:
            return toks[0].start, toks[k].end
        return None

    # --- the whole article ---------------------------------------------------------------
    def run(self) -> list[Quote]:
        sentences = self.sentences()
        self._all = sentences
        self._index = {id(x): k for k, x in enumerate(sentences)}
        consumed: set[int] = set()  # ids of stretches already made into quotes
        last_in_paragraph: dict[int, Quote] = {}
        by_paragraph: dict[int, list[Sentence]] = {}
        for s in sentences:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        for s in sentences:
            s.frames = self._find_frames(s)
        for s in sentences:
            for f in s.frames:
                if not f.resolved:
                    self._resolve(s, f)
            for st in self._stretches_in(s):
                if id(st) in consumed:
                    continue
                quote = self._attach(s, st, sentences, by_paragraph, last_in_paragraph)
                if quote is not None:
                    consumed.add(id(st))
                    self._add(quote, last_in_paragraph)
            # "..., the report said" governs the sentence, unless the sentence opens with its own
            # report ("She told officers that ..., the report said": she is the speaker)
            opens = any((g.left == 0 or self._after_opening_adverbial(s, g.left)) and g.kind == "verb"
                        for g in s.frames)
            if sum(f.kind == "verb" for f in s.frames) > 1:
                s.frames = [f for f in s.frames if not (f.subject == f.cue and f.kind == "verb"
                                                        and s.tokens[f.cue[0]].lower in self.lex.according[0])]
            final = {id(f) for f in s.frames if f.kind == "verb" and not opens and not f.in_which
                     and self._content_before(s, f) and not self._participle_that(s, f) and not self._that_follows(s, f)
                     and not (self._parenthetical(s, f) and self._adverbial_before(s, f))
                     and not self._words_go_on(s, f)}
            if len(final) and sum(f.kind == "verb" for f in s.frames) > 1 \
                    and not ANAPHORIC_WORDS.get(self.lex.lang, frozenset()).isdisjoint(
                        t.lower.replace("’", "'") for t in s.tokens):
                lead = next((f for f in sorted(s.frames, key=lambda f: f.cue[0]) if f.kind == "verb"
                             and not f.relative and f.speaker is not None and self._anaphoric_report(s, f) is not None), None)
                if lead is not None and any(id(g) in final and g.cue[0] > lead.cue[0] for g in s.frames):
                    # "C’est ce qu’a déclaré X, ..., rapporte TASS": the sentence reports the one before it; the
                    # tag closing it names who carried that report, it does not make the sentence a quote
                    for g in s.frames:
                        if id(g) in final and g.cue[0] > lead.cue[0]:
                            g.used = True
                    final.clear()
            for f in sorted(s.frames, key=lambda f: (f.kind == "according", id(f) not in final)):
                cue_at = s.tokens[f.cue[0]].start
                if f.used or any(q.start <= cue_at < q.end for q in self.quotes) and not f.participle:
                    continue  # "says Franken suggested that ...": a report inside a report
                if f.speaker is None and not f.relative_source and not any(t.lower in self.lex.complementizers
                                                                           for t in s.tokens[f.cue[1]:f.cue[1] + 4]):
                    continue
                previous = self._anaphoric_report(s, f) if f.kind == "verb" and f.speaker is not None else None
                if previous is not None:
                    s_prev, rng = previous  # "... . Об этом заявил X": the sentence before is the report
                    inner = [st for st in self._stretches_in(s_prev) if not self._is_name_like(st)]
                    if any(id(st) in consumed for st in inner):
                        continue
                    for st in inner:
                        consumed.add(id(st))
                    f.used = True
                    cue = (s.tokens[f.cue[0]].start, s.tokens[f.cue[1] - 1].end)
                    self._add(Quote([rng], "mixed" if inner else "indirect", cue, f.speaker), last_in_paragraph)
                    continue
                as_rng = self._as_report(s, f) if f.kind == "verb" else None
                if as_rng == AS_SOURCE_ONLY:
                    f.used = True
                    continue
                if as_rng is not None:
                    rng = as_rng  # "As Paul wrote for The Post, <clause>"
                elif f.kind == "according":
                    rng = self._according_content(s, f)
                elif id(f) in final:
                    rng = self._content_before(s, f)
                elif self._participle_that(s, f):
                    rng = self._content_after(s, f)  # "..., zaznaczając, że ...": the clause after it
                elif self._parenthetical(s, f) and self._that_follows(s, f):
                    # "Kukiz, asked whether ..., replied that ...", "Глава разведки, отвечая ..., отметил, что ...":
                    # a cue set in commas but followed by its complementizer reports the clause after it
                    rng = self._content_after(s, f)
                elif self._parenthetical(s, f) and self._adverbial_before(s, f):
                    # "Given his long experience ..., Saviano said, he has set ...": the words follow
                    end = len(s.tokens)
                    while end > f.right and not s.tokens[end - 1].is_word and s.tokens[end - 1].text not in QUOTE_CHARS:
                        end -= 1
                    rng = (s.tokens[f.right + 1].start, s.tokens[end - 1].end) if end > f.right + 3 else None
                elif self._parenthetical(s, f):
                    end = len(s.tokens)
                    nxt = s.tokens[f.right + 2] if f.right + 2 < len(s.tokens) else None
                    if f.right + 1 < len(s.tokens) and s.tokens[f.right + 1].lower in CONJUNCTIONS and (
                            nxt is None or not nxt.is_word or nxt.lower in self.lex.cue_verbs | AUXILIARIES | MODALS
                            or nxt.lower.endswith("ed") or self.lex.lang != "en"):
                        # "X conveyed concern, the Department said, and stressed ...": the tag's subject goes on;
                        # but "There is one Magisterium, he said, and bishops can only ...": the words go on
                        end = f.left - 1
                    while end > 0 and not s.tokens[end - 1].is_word and s.tokens[end - 1].text not in QUOTE_CHARS:
                        end -= 1
                    rng = (s.tokens[0].start, s.tokens[end - 1].end) if end > 0 else None
                else:
                    rng = self._content_after(s, f)
                    if rng is None and not (opens and any(g.used and g is not f for g in s.frames)):
                        rng = self._content_before(s, f)  # (not when the opening report took the sentence)
                if rng is None or f.kind == "according" and any(
                        q.start < rng[1] and rng[0] < q.end for q in self.quotes):
                    continue
                inner = [st for st in self._stretches_in(s) if rng[0] <= st.open_mark and st.outer_end <= rng[1] + 1]
                if any(id(st) in consumed for st in inner):
                    continue
                inner = [st for st in inner if not self._is_marked_term(st)]
                kind = "mixed" if inner or s.tokens[f.cue[0]].lower in CHARACTERISING and f.kind == "verb" \
                    and any(s.inside[f.cue[1]:]) and not (
                        s.tokens[f.cue[0]].lower in UNQUOTED_NAMING.get(self.lex.lang, ())
                        and not any(s.inside[x] for x, t in enumerate(s.tokens) if rng[0] <= t.start < rng[1])) \
                    else "indirect"  # (a naming verb's unquoted complement, a quote later on: indirect)
                if id(f) in final and self.lex.lang in DASH_SPEECH and self._dash_before(s, f):
                    kind = "direct"  # "Wpisuję to w pewną tradycję ... - stwierdził."
                    rng = (self._dash_speech_start(s), rng[1])
                for st in inner:
                    consumed.add(id(st))
                f.used = True
                cue = (s.tokens[f.cue[0]].start, s.tokens[f.cue[1] - 1].end)
                spill = next((st for st in self._stretches_in(s) if rng[0] <= st.open_mark < rng[1]
                              and len(st.pieces) > 1 and id(st) not in consumed and kind != "direct"), None)
                if spill is not None:
                    # 'tweeted that the “American people deserve ... ¶ The report must be released.”': the quoted
                    # words opened in the clause run on over paragraphs; the mixed quote runs with them
                    consumed.add(id(spill))
                    self._add(Quote([(rng[0], spill.pieces[0][1])] + list(spill.pieces[1:]), "mixed", cue, f.speaker),
                              last_in_paragraph)
                    continue
                for part in self._coordinated_clauses(s, rng):
                    part_kind = kind
                    if kind == "mixed" and part != rng:
                        part_kind = "mixed" if any(part[0] <= st.open_mark and st.outer_end <= part[1] + 1
                                                   for st in inner) else "indirect"
                    self._add(Quote([part], part_kind, cue, f.speaker), last_in_paragraph)
        # the speaker phrase each cue's frame read (character range, by the cue's range), for the learned
        # speaker choice (speaker_choice.py); nothing here reads it
        self.subjects = {}
        for s in sentences:
            for f in s.frames:
                if f.subject is not None and 0 <= f.subject[0] < f.subject[1] <= len(s.tokens) and not f.no_speaker_phrase:
                    cue = (s.tokens[f.cue[0]].start, s.tokens[f.cue[1] - 1].end)
                    self.subjects[cue] = (s.tokens[f.subject[0]].start, s.tokens[f.subject[1] - 1].end)
        self._block_quotes(sentences, by_paragraph, last_in_paragraph)
        self._comment_threads()
        self._labelled_dialogue()
        self._headline_claims(sentences, consumed)
        self._headline_sources(sentences, consumed)
        self._continued_fragments(sentences, consumed)
        if self.lex.lang in DASH_SPEECH:
            self._dash_continuations(sentences)
        if self.lex.lang == "de":
            self._reported_subjunctive(sentences)
        self.quotes.sort(key=lambda q: q.start)
        self._forward_speakers()
        self._nearest_speakers()
        self._title_speakers()
        if self.lex.lang in CASE_LANGS:
            self._nominative_names()
        return self.quotes

    def _nominative_names(self) -> None:
        """A person first named in an oblique case ("Александра Маслякова", "Emmanuela Macrona") whose surname
        also stands alone in a shorter form ("Масляков", "Macron") is named in that form: the surname's case
        ending is dropped from the first name too ("Александр Масляков", "Emmanuel Macron"). A person named
        only in the genitive after a source phrase ("по словам Владимира Путина", "według Donalda Tuska") is
        named in the nominative by the regular endings of masculine names."""
        for e in self.registry.entities:
            words = e.name.split()
            if e.kind != "person" or len(words) != 2 or e.key.startswith("desc:") or not words[1][:1].isupper():
                continue  # (a description, "rzeczniczka ministerstwa", is no name in a case)
            surname = words[1]
            forms = {self.text[a:b] for a, b in e.mentions}
            # a surname after lowercase title words counts alone ("prezydent | Biden" beside "Joe Bidena")
            alone = {f.split()[-1] for f in forms if " " in f and all(w[:1].islower() for w in f.split()[:-1])}
            short = [f for f in forms | alone if " " not in f and surname.startswith(f) and f[:1].isupper()
                     and (1 <= len(surname) - len(f) <= 2 or self.lex.lang == "pl" and surname == f + "ego")]
            # ("Silvio Berlusconiego" ... "Berlusconi": Polish declines a surname in -i like an adjective)
            if not short:
                if forms == {e.name} and all(self._after_genitive_governor(a) for a, _ in e.mentions):
                    e.name = _nominative(words, self.lex.lang) or e.name
                elif all(self._after_instrumental_governor(a) for a, b in e.mentions if self.text[a:b] == e.name) \
                        and not any(" " in f for f in forms - {e.name}):
                    e.name = _polish_instrumental_nominative(words) or e.name
                continue
            base = min(short, key=len)
            ending = surname[len(base):]
            if words[0].endswith(ending) and len(ending) == 1 and ending.lower() in "аяуюеaeuy" and len(words[0]) > 3:
                e.name = f"{words[0][:-1]} {base}"
            else:
                e.name = base  # "Michałem Karnowskim": the first name's ending differs; the surname alone
    def _after_instrumental_governor(self, offset: int) -> bool:
        """Polish: the word before ``offset`` governs the instrumental, a preposition ("spotkał się z | Andrzejem
        Dudą") or a role noun in the instrumental ("z prezydentem | Andrzejem Dudą")."""
        before = self.text[max(0, offset - 30):offset].split()
        if self.lex.lang != "pl" or not before:
            return False
        word = before[-1].lower()
        return word in ("z", "ze", "przed", "nad", "pod", "między", "za") \
            or word.endswith("em") and bare(word[:-2]) in self.lex.roles

    def _after_genitive_governor(self, offset: int) -> bool:
        """The word before ``offset`` governs a genitive: the end of a source phrase ("по словам", "według",
        "zdaniem") or a preposition taking the genitive ("у", "от", "od", "dla")."""
        before = self.text[max(0, offset - 30):offset].split()
        if not before:
            return False
        word = before[-1].lower()
        return word in GENITIVE_GOVERNORS or any(ph[-1] == word and len(ph) > 1 or ph == (word,)
                                                 for ph in self.lex.according)

    def _headline_claims(self, sentences: list[Sentence], consumed: set[int]) -> None:
        """A headline "<Name>: <claim>" ("Rand Paul: I'll Do “Whatever It Takes” To Block ...") reports the
        claim after the colon in the named person's or body's words: indirect, or mixed with quoted words
        (a claim wholly in quote marks is a direct quote already)."""
        for s in sentences:
            if s.paragraph not in self.titles and not self._standalone_line(s) \
                    or any(q.start < s.end and s.start < q.end for q in self.quotes):
                continue
            toks = s.tokens
            colon = next((k for k, t in enumerate(toks) if t.text == ":" and not s.inside[k]), None)
            if colon is None or colon == 0 or colon > 8:
                continue
            label = toks[:colon]
            entity = self._headline_label(label)
            if entity is None and s.paragraph in self.titles:
                entity = self._described_main_speaker(label)
            if entity is None or s.paragraph not in self.titles and (
                    entity.kind != "person" and not any(e is entity for _, e in self.recent)
                    or not any(not (self.paragraphs[s.paragraph][0] <= a < self.paragraphs[s.paragraph][1])
                               and not any(self.paragraphs[pi][0] <= a < self.paragraphs[pi][1] for pi in self.titles)
                               for a, _ in entity.mentions)):
                continue  # (a body line's label names someone the article names elsewhere, a body only when it
                # speaks in the article: not "Dzień Ziemi:")
            rest = toks[colon + 1:]
            while rest and not rest[-1].is_word and rest[-1].text not in QUOTE_CHARS:
                rest = rest[:-1]
            if len([t for t in rest if t.is_word]) < 3 or all(s.inside[colon + 1:colon + 1 + len(rest)]):
                continue
            inner = [st for st in self._stretches_in(s) if st.open_mark >= rest[0].start and id(st) not in consumed]
            for st in inner:
                consumed.add(id(st))
            kind = "mixed" if any(not self._is_title_like(st) or len(self.text[st.start:st.end].split()) <= 4
                                  for st in inner) else "indirect"
            self.quotes.append(Quote([(rest[0].start, rest[-1].end)], kind, (toks[colon].start, toks[colon].end), entity))

    def _standalone_line(self, s: Sentence) -> bool:
        """A body paragraph that is one short line with no final full stop, as a subheading or a lead-in is
        ("Łukacijewska: Polki potrzebują wsparcia")."""
        a, b = self.paragraphs[s.paragraph]
        line = self.text[a:b].strip()
        return s.start <= a + (len(self.text[a:b]) - len(self.text[a:b].lstrip())) and s.end >= a + len(
            self.text[a:b].rstrip()) - 1 and 3 <= len(line.split()) <= 16 and line[-1:] not in ".;:,"

    def _described_main_speaker(self, label: list[Token]):
        """A headline label that describes its speaker by a role ("World Health Chief:", "Italienischer
        Ärzte-Chef:") names the person the body quotes most, when that one speaks at least twice and
        more than anyone else."""
        if not 1 <= len(label) <= 4 or not all(t.is_word or t.text == "-" for t in label):
            return None
        if self.registry.mentions_in(label[0].start, label[-1].end, None) or label[0].lower in ARTICLE_PARTICLES \
                or label[0].lower in ("the", "a", "an", "der", "die", "das", "le", "la", "les", "il", "lo"):
            return None  # ("The Dictator Pope:": a title or a name of its own, no description)
        last = label[-1].lower.split("-")[-1]
        if not (self.registry.is_title(label[-1]) or last in self.lex.roles or bare(last) in self.lex.roles) \
                or last in READING_TEXTS or last.rstrip("s") in ("study", "report", "poll", "survey", "analysis"):
            return None  # ("Study:", "Report:": a document, not a person the body quotes)
        # the person the body describes by the same role word ("Cardinal Paul Cordes", "Col. Ann Pike")
        role = last.rstrip(".")
        described = [e for e in self.registry.entities if e.kind == "person" and not e.key.startswith("desc:")
                     and any(role in [w.strip(",.") for w in self.text[max(0, a - 40):b].lower().split()[-6:]]
                             for a, b in e.mentions)]
        if len(described) == 1:
            return described[0]
        counts: dict[int, list] = {}
        for q in self.quotes:
            if q.speaker is not None and q.speaker.kind == "person" and self._paragraph_of(q.start) not in self.titles:
                counts.setdefault(id(q.speaker), [q.speaker, 0])[1] += 1
        ranked = sorted(counts.values(), key=lambda x: -x[1])
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    def _headline_label(self, label: list[Token]):
        """The person or body a headline label before a colon names: a name (with titles: "Senator Ann Pike"),
        a description and a name ("Немецкий экономист Хютер"), a name and a speech verb ("Tusk deklaruje"), a
        name and a topic ("Ziobro o certyfikatach covidowych", "Putin on sanctions")."""
        reg = self.registry
        if len(label) <= 6 and all(reg.is_name_word(t) or reg.is_title(t) or t.lower in self.lex.name_particles
                                   or t.text in ".-" for t in label):
            entity = next((e for m, e in reg.mentions_in(label[0].start, label[-1].end, None, by_entity=True)
                           if m[1] == label[-1].end), None)
            return entity if entity is not None and entity.kind in ("person", "organisation") else None
        mentions = [(m, e) for m, e in reg.mentions_in(label[0].start, label[-1].end, ("person",))]
        if not mentions:
            return None
        # a description before a name closing the label: lowercase or title words, at most three
        (m, e) = mentions[-1]
        if m[1] == label[-1].end:
            before = [t for t in label if t.end <= m[0]]
            if 1 <= len(before) <= 3 and all(t.is_word for t in before) and any(
                    reg.is_title(t) or not t.is_capitalised for t in before):
                return e
            return None
        (m, e) = mentions[0]
        if m[0] != label[0].start:
            return None
        after = [t for t in label if t.start >= m[1]]
        if not after or not all(t.is_word for t in after):
            return None
        if len(after) == 1 and (after[0].lower in self.lex.cue_verbs or after[0].lower in HEADLINE_VERBS):
            return e  # "Tusk deklaruje:"
        if after[0].lower in HEADLINE_TOPIC.get(self.lex.lang, ()) and 2 <= len(after) <= 5:
            return e  # "Ziobro o certyfikatach covidowych:"
        return None

    def _headline_sources(self, sentences: list[Sentence], consumed: set[int]) -> None:
        """A headline signed by its source after a dash ("West is waging a hybrid war – Lavrov", "‘Special place
        in hell’ for those who promoted Brexit - EU’s Tusk"): the words before the dash are the named person's
        or body's, direct when wholly quoted, mixed with quoted words, else indirect. A speakerless quote found
        inside them gives way."""
        for s in sentences:
            if s.paragraph not in self.titles:
                continue
            toks = s.tokens
            dash = max((k for k, t in enumerate(toks) if t.text in DASHES and not s.inside[k] and k > 0
                        and t.start > toks[k - 1].end), default=None)  # (spaced: not "Shiite-led")
            if dash is None or dash + 1 >= len(toks) or len(toks) - dash - 1 > 6:
                continue
            label = [t for t in toks[dash + 1:] if t.is_word]  # ("EU’s Tusk": the apostrophe is no word)
            if not label or not all(self.registry.is_name_word(t) or self.registry.is_title(t)
                                    or t.lower in self.lex.name_particles for t in label):
                continue
            entity = next((e for m, e in self.registry.mentions_in(label[0].start, label[-1].end, None, by_entity=True)
                           if m[1] == label[-1].end), None)
            if entity is None or not (entity.kind == "person" or entity.kind == "organisation"
                                      and any(e is entity for _, e in self.recent)):
                continue  # (a body only when it speaks in the article: "... - BBC News" is the site's name)
            rest = toks[:dash]
            while rest and not rest[-1].is_word and rest[-1].text not in QUOTE_CHARS:
                rest = rest[:-1]
            if len([t for t in rest if t.is_word]) < 3:
                continue
            a, b = rest[0].start, rest[-1].end
            inside = [q for q in self.quotes if a <= q.start and q.end <= b]
            if any(q.speaker is not None for q in inside) or any(
                    q.start < b and a < q.end and not (a <= q.start and q.end <= b) for q in self.quotes):
                continue
            self.quotes = [q for q in self.quotes if q not in inside]
            inner = [st for st in self._stretches_in(s) if st.open_mark < b]
            for st in inner:
                consumed.add(id(st))
            whole = len(inner) == 1 and inner[0].open_mark == a and inner[0].outer_end >= b
            kind = "direct" if whole else "mixed" if any(not self._is_name_like(st) for st in inner) else "indirect"
            rng = (inner[0].start, inner[0].end) if whole else (a, b)
            self.quotes.append(Quote([rng], kind, (toks[dash].start, toks[dash].end), entity))

    def _continued_fragments(self, sentences: list[Sentence], consumed: set[int]) -> None:
        """A sentence with no cue of its own that carries quoted words, right after a sentence
        reporting someone ("... said Xi. | Xi e Biden \"si sono scambiati opinioni\"", "Nun brauche es
        einen Nachfolger mit »Integrität und Respekt für Regeln«"), goes on reporting them: a mixed quote
        of the whole sentence, with the last report's speaker. The quoted words must be three or more
        and no title or name; the report must end in the sentence before, in the same paragraph (a new
        paragraph is as often the author's again)."""
        quotes = sorted(self.quotes, key=lambda q: q.end)
        for k, s in enumerate(sentences):
            if k == 0 or s.paragraph in self.titles or any(q.start < s.end and s.start < q.end for q in self.quotes) \
                    or any(f.used for f in s.frames) or any(f.kind == "verb" and not f.weak for f in s.frames):
                continue
            inner = [st for st in self._stretches_in(s) if id(st) not in consumed and len(st.pieces) == 1
                     and st.close_mark is not None and st.outer_end <= s.end
                     and len(self.text[st.start:st.end].split()) >= 3 and not self._is_title_like(st)
                     and not self.text[st.start:st.start + 1].isupper()]  # (a capital opens a name or title)
            if not inner or s.inside[0]:
                continue  # (a sentence opening with its quote is a direct quote's business)
            prev = sentences[k - 1]
            if prev.paragraph != s.paragraph:
                continue
            last = next((q for q in reversed(quotes) if q.end <= s.start), None)
            if last is None or last.end < prev.start or last.speaker is None:
                continue
            toks = s.tokens
            end = len(toks)
            while end > 0 and not toks[end - 1].is_word and toks[end - 1].text not in QUOTE_CHARS:
                end -= 1
            for st in inner:
                consumed.add(id(st))
            self.quotes.append(Quote([(toks[0].start, toks[end - 1].end)], "mixed", None, last.speaker))

    def _dash_continuations(self, sentences: list[Sentence]) -> None:
        """Polish and Russian dialogue: speech set off by a dash goes on after its tag behind a new dash
        ("- ... - stwierdził premier. - Łotrzykowie! ...", "— ..., — сказал он. — ...") and in the next
        paragraphs that open with a dash and report nothing themselves; the same speaker speaks."""
        def dash_opens(a: int) -> int | None:
            while a < len(self.text) and self.text[a].isspace():
                a += 1
            if self.text[a:a + 1] in DASHES and self.text[a + 1:a + 2] == " ":
                return a + 1
            return None

        def speech(a: int, b: int) -> tuple[int, int] | None:
            a, b = _strip_range_text(self.text, a, b)
            if len(self.text[a:b].split()) < 3 or any(q.start < b and a < q.end for q in self.quotes):
                return None
            return a, b

        added: list[Quote] = []
        for q in sorted(self.quotes, key=lambda q: q.start):
            if q.kind != "direct" or q.speaker is None or q.cue is None or len(q.pieces) > 1:
                continue
            pi = self._paragraph_of(q.start)
            tag = next((x for x in sentences if x.start <= q.cue[0] < x.end), None)
            if tag is None or tag.paragraph != pi or q.end > tag.end or q.cue[0] < q.end:
                continue  # the tag follows its speech in the same sentence ("- ... - dodała X.")
            p_end = self.paragraphs[pi][1]
            opened = dash_opens(tag.end)
            rng = speech(opened, p_end) if opened is not None and opened < p_end else None
            if rng is not None:
                added.append(Quote([rng], "direct", q.cue, q.speaker))
            elif tag.end < p_end and self.text[tag.end:p_end].strip():
                continue  # the paragraph goes on in the author's words: no dialogue after it
            nxt = pi + 1
            while nxt < len(self.paragraphs):
                a, b = self.paragraphs[nxt]
                opened = dash_opens(a)
                if opened is None or any(f.kind == "verb" for x in sentences if x.paragraph == nxt for f in x.frames):
                    break
                rng = speech(opened, b)
                if rng is None:
                    break
                added.append(Quote([rng], "direct", None, q.speaker))
                nxt += 1
        self.quotes.extend(added)

    def _comment_header(self, pi: int) -> list[Token] | None:
        """The author's name in a comment header line: a user name with a date or time and nothing else
        ("Galina_77 | 24.02.2022 14:35", "Tom Adley March 3, 2022 at 10:15 am", "Ирина, 5 часов назад")."""
        a, b = self.paragraphs[pi]
        line = self.text[a:b]
        if len(line) > 80 or not COMMENT_DATE.search(line) or any(c in QUOTE_CHARS for c in line):
            return None
        rest = COMMENT_DATE.sub(" ", line)
        toks = [t for t in tokenize(rest, 0, len(rest)) if t.is_word or t.text == "@"]
        toks = [t for t in toks if t.lower not in COMMENT_FILLERS and not t.text.isdigit()]
        if not 1 <= len(toks) <= 3 or not (toks[0].is_capitalised or toks[0].text == "@" or "_" in toks[0].text
                                           or any(c.isdigit() for c in toks[0].text)):
            return None
        if any(t.lower in self.lex.cue_verbs or t.lower in self.lex.stop_capitalised for t in toks):
            return None
        offset = rest.find(toks[0].text)
        first = a + line.find(toks[0].text, max(0, offset - 40)) if toks[0].text in line else -1
        last = line.find(toks[-1].text, first - a) if first >= 0 else -1
        if first < 0 or last < 0:
            return None
        end = a + last + len(toks[-1].text)
        return tokenize(self.text, first, end)

    def _comment_threads(self) -> None:
        """Reader comments: a line holding only a user name and a date or time introduces a comment, and
        the paragraphs after it up to the next such line (at most four, with no quote of their own) are
        that user's words, a direct quote. Only a thread counts: two header lines at least, each followed
        by text (a dateline alone is no comment)."""
        headers = {}
        for pi in range(len(self.paragraphs)):
            if pi in self.titles:
                continue
            name = self._comment_header(pi)
            if name and pi + 1 < len(self.paragraphs) and self._comment_header(pi + 1) is None:
                headers[pi] = name
        if len(headers) < 2:
            return
        starts = sorted(headers)
        for n, pi in enumerate(starts):
            stop = starts[n + 1] if n + 1 < len(starts) else len(self.paragraphs)
            pieces = []
            for x in range(pi + 1, min(stop, pi + 5)):
                a, b = self.paragraphs[x]
                if not self.text[a:b].strip() or any(q.start < b and a < q.end for q in self.quotes):
                    break
                pieces.append(_strip_range_text(self.text, a, b))
            if not pieces:
                continue
            toks = headers[pi]
            author = self.registry.add_name(toks) if any(t.is_capitalised for t in toks) else None
            if author is None:
                key = "user:" + " ".join(t.lower for t in toks)
                author = next((e for e in self.registry.entities if e.key == key), None)
                if author is None:
                    author = Entity(id=f"E{len(self.registry.entities) + 1}", key=key, kind="person",
                                    name=self.text[toks[0].start:toks[-1].end])
                    self.registry.entities.append(author)
                author.add(toks[0].start, toks[-1].end)
            self.quotes.append(Quote(pieces, "direct", (toks[0].start, toks[-1].end), author))

    def _subheading(self, pi: int) -> bool:
        """A short line with no sentence-final punctuation (two to eight words), not a title: a subheading."""
        a, b = self.paragraphs[pi]
        line = self.text[a:b].strip()
        return pi not in self.titles and 2 <= len(line.split()) <= 8 and line[-1:] not in ".!?:;\"”»“'’" \
            and not any(q.start < b and a < q.end for q in self.quotes)

    def _labelled_dialogue(self) -> None:
        """A transcript set as speaker-labelled lines ("Influential Roman: What about Bergoglio?", "Molester
        McCarrick: I hope I am."): in a run of two paragraphs or more that each open with a short capitalised
        name and a colon, with two different names at least, each line's words after the colon are a direct
        quote of its name (a single labelled line is a headline or a caption, left alone)."""
        runs, run = [], []
        for pi, (a, b) in enumerate(self.paragraphs):
            m = None if pi in self.titles else DIALOGUE_LINE.match(self.text, a, b)
            if m is not None and not any(q.start < b and a < q.end for q in self.quotes) \
                    and m.group(1).split()[0].lower() not in self.lex.stop_capitalised \
                    and not any(c in QUOTE_CHARS for c in m.group(1)):
                run.append((pi, m))
                continue
            if len(run) >= 2:
                runs.append(run)
            run = []
        if len(run) >= 2:
            runs.append(run)
        for run in runs:
            if len({m.group(1) for _, m in run}) < 2:
                continue
            for pi, m in run:
                a, b = _strip_range_text(self.text, m.start(2), self.paragraphs[pi][1])
                if len(self.text[a:b].split()) < 2:
                    continue
                toks = tokenize(self.text, m.start(1), m.end(1))
                speaker = self.registry.add_name(toks)
                if len(toks) == 1 and (speaker is None or not any(
                        mm[0] != toks[0].start for mm in speaker.mentions)):
                    continue  # "Update:", "Photo:": one word the article names nowhere else is no speaker
                if speaker is None or speaker.kind != "person" and len(speaker.name.split()) < len(toks):
                    # "Influential Roman": a description in capitals, the label itself names the speaker
                    key = "label:" + " ".join(t.lower for t in toks)
                    speaker = next((e for e in self.registry.entities if e.key == key), None)
                    if speaker is None:
                        speaker = Entity(id=f"E{len(self.registry.entities) + 1}", key=key, kind="person",
                                         name=self.text[toks[0].start:toks[-1].end])
                        self.registry.entities.append(speaker)
                speaker.add(toks[0].start, toks[-1].end)
                self.subjects[(m.start(1), m.end(1))] = (m.start(1), m.end(1))  # the label is the speaker phrase
                self.quotes.append(Quote([(a, b)], "direct", (m.start(1), m.end(1)), speaker))

    def _paragraph_of(self, offset: int) -> int:
        return next((pi for pi, (a, b) in enumerate(self.paragraphs) if a <= offset < b), -1)

    def _forward_speakers(self) -> None:
        """A quote standing alone with no cue and no speaker before it — in the headline, as the
        article's opening paragraph, or as a subheading — is the words of whoever the following
        paragraphs quote first (the lede-quote and pull-quote conventions of news writing)."""
        body = [pi for pi in range(len(self.paragraphs)) if pi not in self.titles
                and self.text[self.paragraphs[pi][0]:self.paragraphs[pi][1]].strip()]
        for q in self.quotes:
            pi = self._paragraph_of(q.start)
            cue_word = self.text[q.cue[0]:q.cue[1]] if q.cue is not None else ""
            if pi in self.titles and cue_word[:1].isupper() and cue_word.lower() in self.lex.cue_verbs:
                # "Ex-Sailor Pardoned By Trump Says He's ...": a headline's subject is a description; the
                # person is whoever the body quotes first
                following = [x for x in body if x > pi][:3]
                limit = self.paragraphs[following[-1]][1] if following else q.end
                later = [x for x in self.quotes if q.end <= x.start < limit and x.speaker is not None
                         and x.cue is not None and self._paragraph_of(x.start) not in self.titles]
                if later:
                    q.speaker = later[0].speaker
                continue
            if q.speaker is not None or q.cue is not None or q.kind != "direct":
                continue
            p_start, p_end = self.paragraphs[pi]
            rest = (self.text[p_start:q.start] + self.text[q.end:p_end]).strip(" \t\n\"'“”„«»‘’.,:;!?—–-")
            alone = pi in self.titles or not rest or (pi == (body[0] if body else -1) and len(rest.split()) <= 3)
            if not alone:
                continue
            following = [x for x in body if x > pi][:3 if pi in self.titles else 2]
            if not following:
                continue
            limit = self.paragraphs[following[-1]][1]
            later = [x for x in self.quotes if x.start >= q.end and x.start < limit
                     and x.speaker is not None and x.cue is not None]
            if later:
                q.speaker = later[0].speaker

    def _nearest_speakers(self) -> None:
        """A direct quote left without a speaker (no cue, no speaker in its paragraph) is the words of the
        speaker quoted nearest to it: the last quote with a speaker in its own or the two paragraphs before,
        else the next one in its own or the following paragraph (an interview quoted paragraph by paragraph)."""
        spoken = [x for x in self.quotes if x.speaker is not None]
        for q in self.quotes:
            if q.speaker is not None or q.cue is not None or q.kind != "direct":
                continue  # (a cue whose subject names nobody, "заключили в ответ", stays unnamed)
            pi = self._paragraph_of(q.start)
            before = [x for x in spoken if x.end <= q.start and pi - self._paragraph_of(x.start) <= 2]
            after = [x for x in spoken if x.start >= q.end and self._paragraph_of(x.start) - pi <= 1]
            if before:
                q.speaker = before[-1].speaker
            elif after:
                q.speaker = after[0].speaker

    def _reported_subjunctive(self, sentences: list[Sentence]) -> None:
        """German indirect speech needs no cue: a sentence whose verb is in Konjunktiv I
        ("Bislang habe ihm noch niemand ... zeigen können", "Das verhalte sich ähnlich") right
        after a speaker's quotes reports that speaker's words. So does a Konjunktiv I clause after a colon
        closing a sentence that names a person or body before it ("Die Chefredaktion der Financial Times
        verlieh der Stimmung Ausdruck: Johnsons Rücktritt sei überfällig"): that one's words."""
        for k, s in enumerate(sentences):
            if s.paragraph not in self.titles:
                self._colon_subjunctive(s)
            inner = self._stretches_in(s)
            if k == 0 or s.paragraph in self.titles or any(self._is_utterance(st, s) and self._opens_speech(st, s)
                                                            for st in inner) \
                    or s.frames and any(f.used for f in s.frames):
                continue  # (quoted words inside the clause, "bleibe der „Druck auf die Kliniken“ gleich": mixed)
            if any(q.start < s.end and s.start < q.end for q in self.quotes):
                continue
            lows = [t.lower for t in s.tokens]
            # verbs are lowercase in German: "Ende", "Folge" are nouns, not Konjunktiv I
            first_clause = s.tokens[:next((n for n, t in enumerate(s.tokens) if t.text in ",;:" and not s.inside[n]),
                                          len(s.tokens))]
            # in the main clause, before the first comma (not "..., dass er in der Lage sei")
            substitute = False
            if not any(_konjunktiv_i(t) for t in first_clause):
                # a plural Konjunktiv II stands in for the Konjunktiv I that looks like the indicative ("Zeitweise
                # würden auch Notaufnahmen abgemeldet"), but only right after a report in the same paragraph
                if not any(t.text in K2_PLURAL_SUBSTITUTES for t in first_clause):
                    continue
                substitute = True
            if any(w in ("ich", "wir", "du", "ihr") for w in lows):
                continue
            if lows and lows[0] in self.lex.stop_capitalised and lows[0] in ("wer", "was", "warum", "wo", "ob"):
                continue
            before = [q for q in self.quotes if q.end <= s.start and q.speaker is not None]
            if not before:
                continue
            last = max(before, key=lambda q: q.end)
            if substitute and (last.end < sentences[k - 1].start or sentences[k - 1].paragraph != s.paragraph):
                continue
            last_p = next(pi for pi, (a, b) in enumerate(self.paragraphs) if a <= last.start < b)
            if s.paragraph - last_p > 1 and not all(self._subheading(pi) for pi in range(last_p + 1, s.paragraph)):
                continue  # (a subheading between does not end the report: "Schizophrene Kampagne für ...")
            toks = s.tokens
            end = len(toks)
            while end > 0 and not toks[end - 1].is_word and toks[end - 1].text not in QUOTE_CHARS:
                end -= 1
            if len([t for t in toks[:end] if t.is_word]) < 4:
                continue
            # (German nouns open with a capital: three quoted words with a lowercase one among them,
            # "»Integrität und Respekt für Regeln«", are the speaker's phrase, no name)
            kind = "mixed" if any(not self._is_name_like(st) or len(self.text[st.start:st.end].split()) >= 3
                                  and any(w[:1].islower() for w in self.text[st.start:st.end].split())
                                  for st in inner) else "indirect"
            self.quotes.append(Quote([(toks[0].start, toks[end - 1].end)], kind, None, last.speaker))

    def _colon_subjunctive(self, s: Sentence) -> None:
        toks = s.tokens
        colon = next((n for n, t in enumerate(toks) if t.text == ":" and not s.inside[n]), None)
        if colon is None or colon < 3 or colon + 1 >= len(toks) or s.inside[colon + 1] \
                or toks[colon + 1].text in QUOTE_CHARS or self.text[s.start:s.end].rstrip().endswith("?"):
            return
        rest = toks[colon + 1:]
        first = rest[:next((n for n, t in enumerate(rest) if t.text in ",;:" and not s.inside[colon + 1 + n]), len(rest))]
        if not any(_konjunktiv_i(t) and not s.inside[colon + 1 + n]
                   for n, t in enumerate(first)) or any(t.lower in ("ich", "wir", "du", "ihr") for t in rest):
            return
        end = len(rest)
        while end > 0 and not rest[end - 1].is_word and rest[end - 1].text not in QUOTE_CHARS:
            end -= 1
        if len([t for t in rest[:end] if t.is_word]) < 4:
            return
        a, b = rest[0].start, rest[end - 1].end
        if any(q.start < b and a < q.end for q in self.quotes):
            return
        found = self.registry.mentions_in(s.start, toks[colon].start, ("person", "organisation"))
        person = [(m[0], e) for m, e in found if e.kind == "person"]
        # a surname alone opening the sentence is no mention the name scan took ("Kammerevert bezweifelt ...")
        surnames = {e.name.split()[-1]: e for e in self.registry.entities
                    if e.kind == "person" and " " in e.name and not e.key.startswith("desc:")}
        person += [(t.start, surnames[t.text]) for t in toks[:colon] if t.is_capitalised and t.text in surnames]
        speaker = min(person, key=lambda x: x[0])[1] if person else found[0][1] if found else None
        if speaker is None:
            return
        inner = [st for st in self._stretches_in(s) if st.open_mark >= a]
        kind = "mixed" if any(not self._is_name_like(st) or len(self.text[st.start:st.end].split()) >= 3
                              and any(w[:1].islower() for w in self.text[st.start:st.end].split())
                              for st in inner) else "indirect"
        self.quotes.append(Quote([(a, b)], kind, (toks[colon].start, toks[colon].end), speaker))

    def _opens_speech(self, st: Stretch, s: Sentence) -> bool:
        """A quote standing as speech of its own in ``s``: several pieces, opening the sentence or following
        a colon, or most of the sentence's words (not quoted words inside a clause)."""
        lead = self.text[s.start:st.open_mark].strip(" —–-")
        return len(st.pieces) > 1 or not lead or lead.endswith(":") \
            or len(self.text[st.start:st.end].split()) * 2 >= len(self.text[s.start:s.end].split())

    def _add(self, quote: Quote, last_in_paragraph: dict[int, Quote]) -> None:
        self.quotes.append(quote)
        for a, _ in quote.pieces:
            for pi, (p_start, p_end) in enumerate(self.paragraphs):
                if p_start <= a < p_end:
                    last_in_paragraph[pi] = quote
        if quote.speaker is not None and not any(self.paragraphs[pi][0] <= quote.start < self.paragraphs[pi][1]
                                                 for pi in self.titles):
            self.recent.append((quote.start, quote.speaker))

    def _attach(self, s: Sentence, st: Stretch, sentences, by_paragraph, last_in_paragraph) -> Quote | None:
        utterance = self._is_utterance(st, s)
        if st.close_mark is not None and CITATION_BYLINE.match(self.text, st.outer_end):
            return None  # '"Motive a mystery in car explosion," by Phil Willon, Los Angeles Times': a cited title
        chant = self._frame_before(s, st)
        chant = chant[0] if chant[1] == "colon" and chant[0] is not None and self._chanted(s, chant[0], st) else None
        lead = self.text[s.start:st.open_mark].strip(" —–-")
        if self._is_title_like(st) and lead.strip(":") and chant is None and not (
                lead.endswith(":") and len(self.text[st.start:st.end].split()) >= 3):
            # "an interview with the 'Mail on Sunday'": a title, not a quote; but after a colon, words in
            # capitals are a headline's quote ("Farrakhan Speech: 'Jews Are My Enemy'")
            return None
        if len(st.pieces) == 1:
            after = self._frame_after(s, st)
            closing = s
            if after is None:
                tag = self._tag_sentence_after(s, st, sentences)
                if tag is not None:
                    closing, after = tag
        else:  # the cue of a quote run over paragraphs follows its last piece
            closing = next((x for x in sentences if x.start <= st.outer_end <= x.end), s)
            after = self._frame_after(closing, st)
            if after is not None and not after.resolved:
                self._resolve(closing, after)
        before, how = self._frame_before(s, st)
        inner = self._inner_tag(st)
        if inner is not None:
            a, b = st.pieces[0]
            m = INNER_DASH_TAG.search(self.text, a, b) if len(st.pieces) == 1 else None
            if m is not None and self.text[m.end(1):m.end(1) + 1] == "." and inner[0][0] >= m.start(1):
                # "”Se avessimo un governo ... formale – s’indigna Bignami. – Invece abbiamo ...”": the tag closes a
                # sentence; the words after it are a second quote of the same speaker
                first = _strip_range_text(self.text, a, m.start())
                second = _strip_range_text(self.text, m.end(), b)
                if first[1] > first[0] and second[1] > second[0]:
                    self._add(Quote([first], "direct", *inner), last_in_paragraph)
                    return Quote([second], "direct", *inner)
            return Quote(list(st.pieces), "direct", *inner)
        frame = None
        if after is not None and utterance and closing is s and len(st.pieces) == 1 and self._unquoted_lead(s, st):
            # 'Les Chinois « n'osent pas ... », écrit Lo.', 'When he tried ..., "the Justice Department threatened
            # him ...," she added': words of the sentence before the quoted ones make the sentence a mixed quote
            return None
        if after is not None and utterance:
            frame = after
        elif before is not None and how == "colon" and (utterance or self._introduced(s, before, st)
                                                        or before is chant) \
                and not self._parenthetical(s, before) and not (
                    before.kind == "according" and st.close_mark is not None
                    and any(t.is_word and t.start >= st.outer_end and not s.inside[n] for n, t in enumerate(s.tokens))):
            # ("Selon X, « ... » samedi, dont ...": the sentence goes on after the quoted words: a mixed quote)
            frame = before
        if frame is not None:
            frame.used = True
            owner = closing if frame is after else s
            cue = (owner.tokens[frame.cue[0]].start, owner.tokens[frame.cue[1] - 1].end)
            return Quote(list(st.pieces), "direct", cue, frame.speaker)
        if before is None and after is None and utterance:
            named = (self._colon_name(s, st) or self._colon_subject(s, st) or self._colon_lead(s, st)
                     or self._dash_signature(s, st))
            if named is not None:
                return Quote(list(st.pieces), "direct", named[0], named[1])
        if before is not None or after is not None:
            return None  # a fragment in a reported clause: the frame's clause becomes a mixed quote
        chained = self._chained_quote(s, st)
        if chained is not None and (utterance or len(self.text[st.start:st.end].split()) >= 3):
            return chained
        if not utterance:
            return None  # scare quotes, titles, terms
        # "GILLUM ELECTION STRATEGY: \"...\"": a label in capitals before a colon opens the quote like nothing
        at_start = not lead.strip(":") or (lead.endswith(":") and any(c.isalpha() for c in lead)
                                           and not any(c.islower() for c in lead))
        if not at_start:
            return self._resumed_quote(s, st, last_in_paragraph)
        rest = self.text[st.outer_end:s.end].lstrip()
        if rest[:1].isalpha() and any(f.kind == "verb" and not f.used for f in s.frames):
            return None  # the sentence goes on and reports it later: a mixed quote
        return Quote(list(st.pieces), "direct", *self._context_speaker(s, st, by_paragraph, last_in_paragraph))

    def _unquoted_lead(self, s: Sentence, st: Stretch) -> bool:
        """Words of the sentence, no quote mark, colon or dash among them, open it before the quoted words:
        two or more running into them ('Les Chinois « ... »'), four or more set off by a comma ('When he tried
        to ..., "..."'; not a short adverbial: 'À cet égard, « ... »')."""
        if any(o.open_mark > st.open_mark for o in self._stretches_in(s)):
            return False  # ('"...", ha detto Soros, e anche quando ..., "...": the tag serves the quotes after it too)
        lead = self.text[s.start:st.open_mark].strip()
        if not lead or lead[-1] in ":.!?…" or lead[0] in DASHES or any(c in QUOTE_CHARS or c in DASHES for c in lead):
            return False
        words = sum(any(c.isalpha() for c in w) for w in lead.split())
        return words >= (4 if lead[-1] == "," else 2)

    def _resumed_quote(self, s: Sentence, st: Stretch, last_in_paragraph) -> Quote | None:
        """«Non solo Magistratura democratica, ma anche Unicost», di area centrista, «era assolutamente
        contraria ...»: a direct quote of the same sentence goes on after a short aside with no cue."""
        q = last_in_paragraph.get(s.paragraph)
        if q is None or q.kind != "direct" or not s.start <= q.start or q.end > st.open_mark:
            return None
        between = self.text[q.end:st.open_mark]
        words = [w.strip(",;:()«»\"“”„'’") for w in between.split()]
        words = [w for w in words if w]
        if not words or len(words) > 15 or any(w.lower() in self.lex.cue_verbs for w in words) \
                or any(c in between for c in ".!?"):
            return None
        return Quote(list(st.pieces), "direct", None, q.speaker)

    def _chanted(self, s: Sentence, f: Frame, st: Stretch) -> bool:
        """Words shouted or chanted right after the cue ("chanting “Death to the tyrant”", "skandierten „Nie
        wieder“"): an utterance however short, when the marks close in the sentence around two words or more."""
        cue = s.tokens[f.cue[1] - 1].lower
        return (cue.startswith(CHANT_STEMS) and st.close_mark is not None and len(st.pieces) == 1
                and len(self.text[st.start:st.end].split()) >= 2)

    def _inner_tag(self, st: Stretch):
        """(cue, speaker) of a quote that names its speaker inside its marks, in a tag set off by dashes
        ("«L’aspetto singolare – ha spiegato ancora Gianni Cipriano – è che ...»", "„Wir sind – sagte die
        Ministerin Anna Berg – bereit“"): a cue verb and a person's name, at most eight words, with
        quoted words before and after it."""
        a, b = st.pieces[0]
        m = INNER_DASH_TAG.search(self.text, a, b)
        opening_cue = False
        if m is None and self.lex.lang in ("fr", "it", "es"):
            m = INNER_COMMA_TAG.search(self.text, a, b)
            opening_cue = True
        if m is None or len(self.text[a:m.start()].split()) < 2 or len(self.text[m.end():b].split()) < 2:
            return None
        words = list(re.finditer(r"[^\s,]+", m.group(1)))
        if not 2 <= len(words) <= 8:
            return None
        cue = next((w for w in words if w.group().lower() in self.lex.cue_verbs), None)
        if cue is None or opening_cue and cue is not words[0] and not (
                cue is words[1] and words[0].group().lower() in PERFECT_AUXILIARIES):
            return None
        t0 = m.start(1)
        toks = [Token(t0 + w.start(), t0 + w.end(), w.group()) for w in words]
        speaker = next((e for _, e in self.registry.mentions_in(toks[0].start, toks[-1].end, by_entity=True)), None)
        if speaker is None:
            runs = self.registry.name_runs(toks)
            named = self.registry.add_name(toks[runs[-1][0]:runs[-1][1]]) if runs else None
            # (a bare name in the tag speaks too: "— сказал Песков журналистам. —")
            speaker = named if named is not None and (named.kind == "person" or named.kind == "other"
                                                      and not country_of(named.name)) else None
        if speaker is None:
            return None
        return (t0 + cue.start(), t0 + cue.end()), speaker

    def _context_speaker(self, s: Sentence, st: Stretch, by_paragraph, last_in_paragraph):
        """Cue and speaker of a direct quote with no cue of its own."""
        pi = s.paragraph
        if pi in last_in_paragraph and last_in_paragraph[pi].start < st.start:
            q = last_in_paragraph[pi]
            return None, q.speaker
        # "Il vicepresidente del Senato ha raccontato ... . “...”": the speaker this paragraph
        # reported last, before the quote
        reported = self._last_reported(by_paragraph.get(pi, []), st.open_mark)
        if reported is not None:
            return None, reported
        prev = by_paragraph.get(pi - 1, [])
        if prev:
            last = prev[-1]
            if self.text[last.start:last.end].rstrip().endswith(":") and last.frames:
                f = last.frames[-1]
                f.used = True
                return (last.tokens[f.cue[0]].start, last.tokens[f.cue[1] - 1].end), f.speaker
            if pi - 1 in last_in_paragraph:
                return None, last_in_paragraph[pi - 1].speaker
            reported = self._last_reported(prev, self.paragraphs[pi - 1][1]) if pi - 1 not in self.titles else None
            if reported is not None:
                return None, reported  # "X said that ... ." then a quote paragraph: X goes on
            # "Dello stesso avviso la ministra ... Liz Truss." then a quote paragraph: the one
            # person the previous paragraph introduces speaks
            a, b = self.paragraphs[pi - 1]
            people = {id(e): e for m, e in self.registry.mentions_in(a, b, opening=True) if not self._quoted(m[0])}
            if len(people) == 1 and pi - 1 not in self.titles:
                return None, next(iter(people.values()))
        return None, None

    def _last_reported(self, sentences: list[Sentence], limit: int) -> Entity | None:
        """The speaker of the last report (a cue verb or "according to") before ``limit`` in these
        sentences, when it is a person."""
        frames = [(x.tokens[f.cue[0]].start, f) for x in sentences for f in x.frames
                  if f.speaker is not None and x.tokens[f.cue[0]].start < limit
                  and not (f.weak and f.speaker.key.startswith("desc:"))]  # a weak cue ("so") only with a name
        if not frames:
            return None
        speaker = max(frames, key=lambda item: item[0])[1].speaker
        return speaker if speaker.kind == "person" else None

    def _block_quotes(self, sentences, by_paragraph, last_in_paragraph) -> None:
        """"X said:" ending a paragraph, then a paragraph without quote marks: that paragraph
        is what X said (block quotes, statements copied under their announcement)."""
        for pi in range(1, len(self.paragraphs)):
            prev = by_paragraph.get(pi - 1, [])
            here = by_paragraph.get(pi, [])
            if not prev or not here:
                continue
            last = prev[-1]
            if not self.text[last.start:last.end].rstrip().endswith(":"):
                continue
            frames = [f for f in last.frames if f.speaker is not None and f.kind == "verb"]
            if not frames or frames[-1].used:
                continue
            p_start, p_end = self.paragraphs[pi]
            if any(p_start <= q.start < p_end for q in self.quotes):
                continue
            if any(ch in QUOTE_CHARS and ch in OPENERS for ch in self.text[p_start:p_start + 1]):
                continue
            f = frames[-1]
            f.used = True
            cue = (last.tokens[f.cue[0]].start, last.tokens[f.cue[1] - 1].end)
            self.quotes.append(Quote([(p_start, p_end)], "direct", cue, f.speaker))


def _pronoun_gender(pron: Token) -> str | None:
    """"f" or "m" for a gendered pronoun ("she", "er", "он"), else None."""
    return "f" if pron.lower in FEMININE else "m" if pron.lower in MASCULINE else None
