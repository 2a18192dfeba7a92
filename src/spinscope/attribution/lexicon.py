"""Per-language word lists for quote attribution: cue verbs, titles, roles, pronouns, quote marks.

Everything language-specific in :mod:`spinscope.attribution` lives here, so adding a language
means adding one :class:`Lexicon`. Word lists are lowercase; tokens are compared lowercased.
Forms are listed rather than stemmed because cue verbs are irregular and few (a few dozen per
language), and an explicit list is easy to read and to correct.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from spinscope.attribution.morphology import inflect, inflect_nouns

# Opening mark -> the closing marks that may end it. Straight quotes close themselves.
# “ opens in English but closes in German/Polish („…“); „ may close with “ or ” (Polish „…”).
QUOTE_PAIRS: dict[str, tuple[str, ...]] = {
    '"': ('"', "”", "»"),  # a straight opening mark may be closed by a curly one or a guillemet (mixed styles)
    "“": ("”", '"', "“"),
    "„": ("“", "”", '"'),
    "«": ("»",),
    "»": ("«",),  # German reversed guillemets »…«
    "‹": ("›",),
    "‘": ("’",),
}
OPENERS = frozenset(QUOTE_PAIRS)
CLOSERS = frozenset(c for cs in QUOTE_PAIRS.values() for c in cs)
QUOTE_CHARS = OPENERS | CLOSERS
DASHES = frozenset("—–-")


@dataclass(frozen=True)
class Lexicon:
    """The words one language uses to report speech."""

    lang: str
    # verb forms that report speech ("said"); multi-word cues are tuples of tokens
    cue_verbs: frozenset[str]
    cue_phrases: tuple[tuple[str, ...], ...] = ()
    # "according to X" style sources, before the source; postpositions follow it ("X zufolge")
    according: tuple[tuple[str, ...], ...] = ()
    according_after: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()  # that, que, dass, che, że, что
    pronouns: dict[str, str] = field(default_factory=dict)  # pronoun -> person | organisation | group
    determiners: frozenset[str] = frozenset()
    # words that may stand in a title before a name, or be the head of a role description
    titles: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()  # spokesman, minister: heads of "the Kremlin spokesman"
    groups: frozenset[str] = frozenset()  # officials, experts: unnamed plural sources
    org_words: frozenset[str] = frozenset()  # ministry, party: a name holding one is an organisation
    stop_capitalised: frozenset[str] = frozenset()  # capitalised words that do not start names
    skippable: frozenset[str] = frozenset()  # between subject and cue: "also", "has", "on Monday"
    name_particles: frozenset[str] = frozenset({"de", "von", "van", "der", "den", "bin", "al",
                                                "di", "da", "del", "la", "le", "du", "of",
                                                "bint", "ibn", "vel",
                                                "бин", "бинт", "ибн", "бен", "фон", "ван", "де", "дер", "ди"})
    objects: frozenset[str] = frozenset()  # "told reporters", "told journalists"
    # roles and titles with their generated case, number and gender forms ("Journalisten", "политолога",
    # "posła", "cronisti"): a word before a person's name that is one of them is the person's title
    role_forms: frozenset[str] = frozenset()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EN_STOP = _words("""
the a an in on at but and or however this that these those it its he she we they i you there
as if when while after before for with from by so yet also meanwhile moreover according what why
how who where which whose his her their our my your not no all some many most one two three
then now today yesterday tomorrow thus hence still even just only because since although though
despite during under over between into about against among through without within upon of to
here nor both either neither each every any such other another more less much few several
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december mr mrs ms dr sir lord yes no oh well indeed
read watch related advertisement photo video image source update editor note breaking
""")

EN = Lexicon(
    lang="en",
    cue_verbs=_words("""
label labels labelling labeling dubbed dub dubs brand brands
slammed slams blasted blasts dismissed dismisses condemned condemns decried decries derided derides
mocked mocks ridiculed ridicules
say says said saying tell tells told telling add adds added adding stress stresses stressed
claim claims claimed states stated notes noted warn warns warned insist insists
insisted argue argues argued explain explains explained declare declares declared announce
announces announced allege alleges alleged write writes wrote tweet tweets tweeted tweeting
comment commented remark remarked assert asserts asserted reply replies replied respond
responded ask asks asked admit admits admitted acknowledge acknowledged acknowledges suggest
suggests suggested emphasize emphasized emphasizes emphasise emphasised emphasises confirm
confirms confirmed deny denies denied recall recalls recalled urge urges urged promise promised
vow vowed vows predict predicted complain complained complains maintain maintains maintained
contend contends contended conclude concluded concludes observe observed reiterate reiterated
reiterates lament lamented boast boasted boasts brag brags bragged joke joked quip quipped concede conceded conceding
testify testified explain continue continued continues describe described describes
called posted announce announces announced yelled yelling shouted shouting screamed screaming
muttered muttering whispered chanted chanting repeats repeated defended defends praised
praising denounced denouncing hailed labelled labeled branded report reported reports accuse accused accuses charge charged
recount recounted retort retorted mused wonders wondered demand demanded demands threaten
threatened proclaim proclaimed opine opined
caution cautions cautioned counter counters countered disclose discloses disclosed reveal reveals
revealed indicate indicates indicated affirm affirms affirmed assure assures assured pledge pledges
pledged underscore underscores underscored elaborate elaborated clarify clarifies clarified
exclaim exclaims exclaimed scoff scoffed snap snapped fume fumed confide confided
agrees agreed mentioned answered reasoned hinted informed informs
predict predicts predicted estimate estimates estimated
profess professes professed ruled
"""),
    cue_phrases=(("pointed", "out"), ("points", "out"), ("point", "out"), ("went", "on"),
                 ("goes", "on"), ("made", "clear"), ("wanted", "to", "know"), ("wants", "to", "know"),
                 ("expressed", "concern"), ("expresses", "concern"), ("voiced", "concern"), ("voices", "concern"),
                 ("voiced", "alarm"), ("expressed", "hope"), ("let", "it", "be", "known")),
    according=(("according", "to"), ("in", "the", "words", "of"), ("as", "told", "by"), ("in", "his", "view"),
               ("in", "her", "view"), ("in", "his", "opinion"), ("in", "her", "opinion")),
    complementizers=_words("that"),
    # "we"/"I" outside quotes is usually the author, so they are not speaker pronouns
    pronouns={"he": "person", "she": "person", "they": "group", "it": "organisation"},
    determiners=_words("the a an his her its their our this that"),
    titles=_words("""
priest imam rabbi monsignor msgr.
president vice prime minister deputy foreign defense defence interior finance secretary
spokesman spokeswoman spokesperson press sen. senator rep. representative gov. governor mayor
gen. general col. colonel lt. lieutenant adm. admiral sgt. capt. captain dr. prof. professor
mr. mrs. ms. sir lord lady king queen prince princess pope chancellor ambassador envoy
chairman chairwoman chair director ceo head chief leader speaker attorney judge justice
commissioner minority majority whip former ex- acting first lady state house senate white
kremlin pentagon foreign affairs general secretary-general official officer commander
russian ukrainian american british french german chinese italian polish israeli iranian
u.s. us un eu nato democratic republican gop democrat republican rev. reverend father
pastor archbishop bishop cardinal dean economist analyst host anchor journalist reporter
editor founder co-founder author activist lawyer counsel advisor adviser aide
correspondent columnist writer producer senior top
"""),
    roles=_words("""
politician
interlocutor
spokesman spokeswoman spokesperson minister president official officials secretary senator
ambassador envoy diplomat chairman director chief head leader lawmaker lawmakers legislator
governor mayor commander general prosecutor prosecutors lawyer lawyers attorney judge
analyst analysts expert experts source sources aide aides adviser advisor
economist scientist scientists researcher researchers professor doctor doctors activist
activists critic critics campaign office ministry department agency government administration
kremlin spokesperson representative representatives report statement study author authors
executive officer ceo founder chairwoman manager commissioner sheriff superintendent inspector
investigator editor organizer organiser
correspondent reporter columnist company firm reports media documents records
mother father wife husband son daughter brother sister
"""),
    groups=_words("""
women men officials experts sources critics analysts lawmakers observers diplomats scientists
researchers doctors activists residents witnesses prosecutors investigators authorities
officers protesters supporters opponents democrats republicans people friends neighbours
neighbors relatives family colleagues classmates students parents workers employees
"""),
    org_words=_words("""
ministry department agency office committee council commission party government administration
kremlin pentagon court union organization organisation association institute university
foundation bank corporation company inc. ltd. group news times post journal agency network
tass ria reuters afp bbc cnn fox nbc cbs abc msnbc press network army navy police embassy
parliament congress senate house duma bureau service services fund forum center centre
school college academy church hospital club museum restaurant hotel bar magazine newspaper
station website site firm channel outlet
"""),
    stop_capitalised=_EN_STOP,
    skippable=_words("""
also later previously then recently reportedly again further repeatedly once never publicly did does
earlier explicitly clearly bluntly has have had was were is are would will had also already
has just flatly angrily simply even only on monday tuesday wednesday thursday friday saturday
sunday last week yesterday today night since is heard being seen year month morning evening afternoon
"""),
    objects=_words("reporters journalists press media lawmakers congress parliament audience"),
)

FR = Lexicon(
    lang="fr",
    cue_verbs=_words("""
qualifié qualifiée qualifie qualifient qualifiant décrit décrite décrivant
dit dire déclaré déclare déclarait affirmé affirme affirmait ajouté ajoute ajoutait souligné
souligne soulignait expliqué explique expliquait estimé estime estimait précisé précise
indiqué indique indiquait assuré assure assurait averti avertit prévenu insisté insiste
rappelé rappelle annoncé annonce écrit écrivait écrit tweeté confié confie répondu répond
répété répète martelé martèle dénoncé dénonce accusé accuse reconnu reconnaît admis
lancé lance poursuivi poursuit conclu conclut jugé juge fustigé fustige promis regretté
confirmé confirme rétorqué rétorque répliqué réplique signalé signale relevé relève observé observe
soutenu soutient plaidé plaide révélé révèle tranché tranche résumé résume concédé concède
affirment déclarent expliquent soulignent ajoutent précisent indiquent assurent préviennent
regrette démenti dément nié nie raconté raconte interrogé demandé demande commenté
menacé menace prévient ironisé ironise déploré déplore rapporté rapporte asséné assène
disent écrivent annoncent estiment insistent avertissent rappellent reconnaissent confient répondent
noté note mentionné mentionne avancé avance argumenté argumente réaffirmé réaffirme réitéré réitère
constaté constate garanti garantit prédit prédit reproché reproche certifié certifie clamé clame
"""),
    cue_phrases=(("fait", "savoir"), ("a-t-il",), ("a-t-elle",), ("ont-ils",), ("ont-elles",), ("dit-il",),
                 ("dit-elle",), ("estime-t-il",), ("estime-t-elle",), ("explique-t-il",),
                 ("explique-t-elle",), ("ajoute-t-il",), ("ajoute-t-elle",),
                 ("souligne-t-il",), ("souligne-t-elle",), ("poursuit-il",), ("poursuit-elle",),
                 ("affirme-t-il",), ("affirme-t-elle",), ("assure-t-il",), ("assure-t-elle",),
                 ("précise-t-il",), ("précise-t-elle",), ("déclare-t-il",), ("déclare-t-elle",),
                 ("selon", "lui"), ("selon", "elle"), ("fait", "valoir"), ("laissé", "entendre"),
                 ("laisse", "entendre")),
    according=(("selon",), ("d'après",), ("d’après",), ("aux", "yeux", "de"), ("à", "en", "croire")),
    complementizers=_words("que qu' qu’"),
    pronouns={"il": "person", "elle": "person", "ils": "group", "elles": "group"},
    determiners=_words("le la les l' l’ un une son sa ses leur leurs ce cette du des"),
    titles=_words("""
abbé cardinal évêque archevêque pasteur prêtre imam rabbin monseigneur mgr
président présidente ministre premier première porte-parole secrétaire général générale
ambassadeur directeur directrice chef m. mme dr. sénateur sénatrice député députée maire
chancelier chancelière russe américain français allemand ukrainien ancien ancienne
vice-président vice-ministre adjoint conseiller conseillère professeur roi reine pape
commissaire gouverneur juge procureur avocat journaliste économiste expert analyste
"""),
    roles=_words("""
politicien politicienne
interlocuteur interlocutrice
gouverneur gouverneure chancelier chancelière secrétaire conseiller conseillère commissaire général
commandant députée sénatrice avocate procureure professeur chercheur chercheuse médecin spécialiste
économiste politologue dirigeante patron patronne vice-président vice-présidente cheffe élu élue
opposant opposante militant militante enquêteurs témoin témoins évêque prêtre pape roi reine prince
ambassadrice directrice journaliste éditorialiste auteur autrice
porte-parole ministre président présidente présidente ambassadeur diplomate responsable responsables
directeur chef dirigeant dirigeants expert experts analyste analystes source sources
autorités gouvernement ministère kremlin avocat procureur juge député sénateur maire
"""),
    groups=_words("responsables experts analystes sources autorités observateurs médecins manifestants"),
    org_words=_words("""
ministère gouvernement parti commission conseil cour union organisation agence institut
université banque kremlin pentagone otan onu ue assemblée sénat armée police ambassade
journal quotidien chaîne télévision radio média site hebdomadaire
"""),
    stop_capitalised=_words("""
le la les l' un une des de du et ou mais car donc or ni ce cette ces il elle ils elles on nous a à au aux
pourtant cependant toutefois désormais enfin aussi ensuite d'ailleurs d’ailleurs néanmoins certes bref
vous je tu en dans sur pour par avec sans selon comme quand lorsque si alors ainsi puis
aujourd'hui hier lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars
avril mai juin juillet août septembre octobre novembre décembre c' c’ qu' qu’ d' d’ pourquoi
comment qui que quoi où quel quelle au aux son sa ses leur leurs après avant depuis pendant
malgré devant derrière chez contre vers entre
même aussi encore déjà enfin cependant pourtant toutefois néanmoins
"""),
    skippable=_words("""
aussi encore également ensuite alors déjà a ont avait avaient s’est s'est est notamment lundi mardi mercredi jeudi
vendredi samedi dimanche hier toutefois cependant pourtant néanmoins récemment enfin aussitôt
"""),
    objects=_words("journalistes presse"),
)

DE = Lexicon(
    lang="de",
    cue_verbs=_words("""
prahlte prahlt prahlten
prognostizierte prognostiziert prognostizierten
bezeichnete bezeichnet bezeichneten nannte nennt nannten
sagte sagt sagten sagen gesagt erklärte erklärt erklärten betonte betont betonten
meinte meint behauptete behauptet warnte warnt schrieb schreibt so
kritisierte kritisiert forderte fordert versicherte versichert unterstrich unterstreicht
erklärt antwortete antwortet sprach zitierte bekräftigte bekräftigt verkündete wiederholte wiederholt wiederholten erwähnte erwähnten enthüllte enthüllten
verkündet twitterte schätzt schätzte argumentierte argumentiert bestätigte bestätigt
bemerkte bemerkt ergänzte ergänzt äußerte äußert erläuterte erläutert fragt fragte ruft rief
berichtete berichtet mahnte mahnt beklagte beklagt versprach verspricht entgegnete entgegnet
verwies verweist kommentierte kommentiert widersprach widerspricht präzisierte präzisiert
versicherten betonten warnten kritisierten forderten
beteuerte beteuert verriet verrät erzählte erzählt schilderte schildert zitiert meldete meldet
bekräftigten erklärten sagten meinten behaupteten
mitgeteilt betont gewarnt geschrieben angekündigt hervorgehoben bekräftigt geäußert erläutert gefordert
versichert behauptet kritisiert eingeräumt bestätigt berichtet erklärt bemerkt ergänzt
behaupten erklären betonen versichern bekräftigen
mitteilte mitteilten hinzufügte hinzufügten klarstellte einräumte angab angaben bekanntgab ankündigte
"""),
    cue_phrases=(("teilte", "mit"), ("fügte", "hinzu"), ("stellte", "klar"), ("räumte", "ein"),
                 ("hieß", "es"), ("heißt", "es"), ("kündigte", "an"), ("gab", "an"), ("gab", "zu"),
                 ("stellte", "fest"), ("wies", "darauf", "hin"), ("teilt", "mit"), ("fügt", "hinzu")),
    according=(("laut",), ("nach", "angaben"), ("nach", "ansicht"), ("nach", "worten"),
               ("nach", "seiner", "ansicht"), ("nach", "ihrer", "ansicht"), ("seiner", "ansicht", "nach"),
               ("ihrer", "ansicht", "nach"), ("seiner", "meinung", "nach"), ("ihrer", "meinung", "nach"),
               ("nach", "seinen", "worten"), ("nach", "ihren", "worten"), ("nach", "meinung"),
               ("gemäß",), ("wie",), ("aus", "sicht", "von"), ("aus", "sicht")),
    according_after=_words("zufolge"),
    complementizers=_words("dass daß"),
    pronouns={"er": "person", "sie": "person"},
    determiners=_words("der die das den dem des ein eine einer eines einem sein seine ihr ihre"),
    titles=_words("""
pater pfarrer bischof erzbischof kardinal papst pastor priester imam rabbiner
präsident präsidentin minister ministerin bundeskanzler kanzler kanzlerin sprecher sprecherin
außenminister außenministerin verteidigungsminister regierungssprecher kreml-sprecher
botschafter botschafterin chef chefin generalsekretär vize-präsident vizepräsident
us-präsident us-außenminister russlands russische russischer russischen ukrainische
ukrainischer ukrainischen amerikanische dr. prof. herr frau bundespräsident abgeordnete
abgeordneter senator senatorin direktor direktorin leiter leiterin ehemalige ehemaliger
premierminister premierministerin staatschef experte expertin analyst analystin
"""),
    roles=_words("""
politiker politikerin
gesprächspartner gesprächspartnerin
kanzler kanzlerin bürgermeister bürgermeisterin abgeordnete abgeordneter senator gouverneur general
kommandeur chef chefin vorsitzende vorsitzender direktor direktorin professor professorin virologe
virologin ökonom politologe anwalt anwältin staatsanwalt richter richterin journalist diplomat bischof
papst könig zeuge zeugen ermittler ministerpräsident bundeskanzler außenminister regierungssprecher
sprecher sprecherin minister ministerin präsident präsidentin botschafter experte experten
analyst analysten regierung ministerium kreml behörden quellen politiker politikerin
"""),
    groups=_words("experten analysten behörden quellen beobachter kritiker"),
    org_words=_words("""
ministerium regierung partei kommission rat gericht union organisation agentur institut
universität bank kreml pentagon nato uno eu bundestag bundesregierung armee polizei
"""),
    stop_capitalised=_words("""
der die das den dem des ein eine einer eines einem und oder aber denn doch sondern er sie es
weiter daraufhin außerdem zudem allerdings jedoch trotzdem dennoch inzwischen mittlerweile bereits zuvor danach
wir ihr ich du man in im an am auf für mit ohne nach vor bei von vom zu zum zur aus über unter
wie wenn als ob dass weil da dann so auch noch schon nun jetzt heute gestern montag dienstag
apropos zwar damit deshalb daher dadurch demnach sinngemäß zuletzt zunächst schließlich offenbar
offensichtlich gegenüber womöglich vermutlich
mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august
september oktober november dezember dies diese dieser dieses was warum wer wo welche welcher
seit während trotz nicht kein keine alle viele einige
"""),
    skippable=_words("auch noch zudem bereits am montag dienstag mittwoch donnerstag freitag samstag sonntag "
                     "jedoch allerdings dagegen hingegen außerdem ebenfalls erneut"),
)

IT = Lexicon(
    lang="it",
    cue_verbs=_words("""
vantato vantata
definito definita definiti definisce definiscono definendo bollato bollata bolla
detto dice dichiarato dichiara affermato afferma aggiunto aggiunge sottolineato sottolinea
spiegato spiega precisato precisa ribadito ribadisce avvertito avverte sostenuto sostiene ripetuto ripete ripeteva ripetono menzionato menziona
scritto scrive annunciato annuncia osservato osserva insistito insiste denunciato denuncia
commentato commenta risposto risponde ammesso ammette affermava diceva accusato accusa
riferito riferisce concluso conclude twittato assicurato assicura ricordato ricorda
evidenziato evidenzia chiesto chiede proseguito prosegue spiegava sosteneva
rilevato rileva puntualizzato puntualizza replicato replica ribattuto ribatte incalzato incalza
confermato conferma ammonito ammonisce raccontato racconta confidato confida rivelato rivela
garantito garantisce promesso promette chiarito chiarisce specificato specifica lamentato lamenta
attaccato attacca dichiarano affermano sottolineano spiegano sostengono avvertono
dichiarava sottolineava aggiungeva tuonato tuona minacciato minaccia avvisato avvisa sentenziato sentenzia
dicono raccontano scrivono denunciano ribadiscono accusano osservano annunciano assicurano confermano
replicano rispondono riportato riporta
rimarcato rimarca riconosciuto riconosce segnalato segnala negato nega smentito smentisce
confessato confessa indicato indica scandito scandisce annotato annota notato rivendicato rivendica
"""),
    cue_phrases=(("reso", "noto"), ("fa", "sapere"), ("fatto", "sapere"), ("fanno", "sapere"),
                 ("fatto", "notare"), ("fa", "notare"))
    # "A dirlo è stato il ministro": the infinitive with its clitic, then the one who said it (the sentence before)
    + tuple((verb + "lo", aux, part) for verb in "dir dichiarar affermar spiegar sostener annunciar confermar "
            "ribadir sottolinear scriver rivelar denunciar raccontar".split()
            for aux, part in (("è", "stato"), ("è", "stata"), ("sono", "stati"), ("sono", "state"))),
    according=(("secondo",), ("stando", "a"), ("a", "detta", "di"), ("per",), ("a", "giudizio", "di"),
               ("a", "parere", "di")),
    complementizers=_words("che"),
    pronouns={"lui": "person", "lei": "person", "egli": "person", "essa": "person", "loro": "group"},
    determiners=_words("il lo la l' l’ i gli le un uno una un' suo sua suoi sue del della dei delle"),
    titles=_words("""
don cardinale vescovo arcivescovo pastore sacerdote imam rabbino monsignor mons.
presidente ministro ministra premier portavoce segretario segretaria generale ambasciatore
direttore direttrice capo sindaco senatore senatrice deputato deputata cancelliere
vice-presidente vicepresidente viceministro russo russa americano americana ucraino ucraina
ex professore professoressa dott. prof. sig. papa re regina consigliere commissario
generale giudice procuratore avvocato giornalista economista esperto analista addetto stampa
"""),
    roles=_words("""
interlocutore interlocutrice
governatore cancelliere senatore senatrice deputato deputata sottosegretario commissario generale
comandante sindaca avvocata professore professoressa ricercatore medico virologo virologa epidemiologo
economista politologo giornalista direttrice ambasciatrice eurodeputato eurodeputata assessore
consigliera capogruppo coordinatore vescovo papa regina principe testimone testimoni inquirenti
investigatori
portavoce ministro ministra presidente ambasciatore diplomatico responsabile responsabili direttore
capo leader esperto esperti analista analisti fonte fonti autorità governo ministero
cremlino avvocato procuratore giudice addetto consigliere segretario segretaria sindaco premier
vicepresidente
"""),
    groups=_words("esperti analisti fonti autorità osservatori medici"),
    org_words=_words("""
ministero governo partito commissione consiglio corte unione organizzazione agenzia istituto
università banca cremlino pentagono nato onu ue parlamento senato camera esercito polizia
emittente quotidiano giornale testata rete canale sito agenzia
"""),
    stop_capitalised=_words("""
il lo la l' i gli le un uno una e o ma però perché quindi che chi cosa come quando se anche a ad al alla
ora purtroppo sempre intanto inoltre infatti tuttavia insomma dunque invece allora certo eppure
ancora già poi oggi ieri in nel nella nei negli nelle su sul sulla per con senza tra fra da
dal dalla di del della questo questa questi queste quel quella lui lei loro noi voi io tu
così mentre ed od
lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio
giugno luglio agosto settembre ottobre novembre dicembre dopo prima durante secondo non
"""),
    skippable=_words("ha hanno aveva avevano anche poi inoltre già ieri oggi invece quindi infatti subito "
                     "tuttavia pure nuovamente"),
)

PL = Lexicon(
    lang="pl",
    # "Biuro Wysokiego Komisarza ONZ ds. Praw Człowieka": "ds." (do spraw) links the parts of a body's name
    name_particles=frozenset({"de", "von", "van", "der", "den", "bin", "al", "di", "da", "del", "la", "le", "du",
                              "of", "ds.", "bint", "ibn", "vel"}),
    cue_verbs=_words("""
chwalił chwaliła chwalili chwali chwalą
przewidział przewidziała przewidzieli orzekł orzekła orzekli
kontynuuje informuje przypomina uważa uważają uważał uważała uważali powtórzył powtórzyła powtórzyli powtarza powtarzał powtarzała powtarzają wspomniał wspomniała wspomnieli ujawnił ujawniła ujawnili ujawnia
nazwał nazwała nazwali nazywa określił określiła określa
powiedział powiedziała powiedzieli mówi mówił mówiła mówią stwierdził stwierdziła stwierdzili
oświadczył oświadczyła dodał dodała dodali podkreślił podkreśliła podkreślili zaznaczył
zaznaczyła wyjaśnił wyjaśniła ocenił oceniła przekonywał przekonywała napisał napisała pisze
zapowiedział zapowiedziała ostrzegł ostrzegła poinformował poinformowała twierdzi twierdził
twierdziła przyznał przyznała zauważył zauważyła odpowiedział odpowiedziała apelował
zapewnił zapewniła przypomniał przypomniała wskazał wskazała oznajmił oznajmiła zadeklarował
stwierdza ocenia dodaje podkreśla zaznacza wyjaśnia przekonuje ostrzega oświadcza
ogłosił ogłosiła zapewnia zapowiada przyznaje tłumaczy tłumaczył tłumaczyła argumentował
argumentowała skomentował skomentowała odparł odparła kontynuował kontynuowała zauważa wskazuje
relacjonował relacjonowała zaapelował zaapelowała oświadczyli poinformowali stwierdzili
podkreślają zaznaczają twierdzą mówiła mówili pisał pisała napisali ocenili przekonywali
podał podała podali poinformowało ogłosiło stwierdziło oświadczyło alarmuje alarmował alarmowała
wyjaśniał wyjaśniała podkreślał podkreślała zaznaczał zaznaczała ostrzegał ostrzegała zapowiadał
zapowiadała komentował komentowała dodawał dodawała przestrzegł przestrzegła zdradził zdradziła
przekazał przekazała przekazali przekazuje uzasadniał uzasadniała uzasadnił uzasadniła uzasadnia
"""),
    cue_phrases=(("zwrócił", "uwagę"), ("zwróciła", "uwagę"), ("zwrócili", "uwagę"), ("zwraca", "uwagę")),
    according=(("według",), ("zdaniem",), ("jego", "zdaniem"), ("jej", "zdaniem"), ("jak", "powiedział"), ("jak", "podkreślił"),
               # "X - jak zaznaczył - Y", "Na razie, jak dodał, ...": "as he stressed/added"
               *(("jak", v) for v in """powiedziała podkreśliła zaznaczył zaznaczyła dodał dodała mówił mówiła
               stwierdził stwierdziła ocenił oceniła wskazał wskazała zauważył zauważyła przekonywał przekonywała
               wyjaśnił wyjaśniła przyznał przyznała tłumaczył tłumaczyła zapewnił zapewniła""".split()),
               ("jak", "twierdzi"), ("w", "jego", "ocenie"), ("w", "jej", "ocenie"), ("w", "ich", "ocenie"),
               ("w", "ocenie"), ("w", "jego", "opinii"), ("w", "jej", "opinii"), ("w", "opinii"),
               ("jak", "zaznaczył"), ("jak", "zaznaczyła"), ("jak", "dodał"), ("jak", "dodała"),
               ("jak", "stwierdził"), ("jak", "stwierdziła"), ("jak", "mówi"), ("jak", "podaje"),
               ("jak", "pisze"), ("jak", "poinformował"), ("jak", "poinformowała"), ("jak", "powiedziała"),
               ("jak", "podkreśliła"), ("jak", "wskazał"), ("jak", "wskazała"), ("jak", "ocenił"),
               ("jak", "oceniła"), ("jak", "wyjaśnił"), ("jak", "wyjaśniła"), ("jak", "informuje"),
               ("jak", "czytamy"), ("jak", "przekonywał"), ("jak", "przekonywała")),
    complementizers=_words("że iż"),
    pronouns={"on": "person", "ona": "person", "oni": "group", "one": "group", "jego": "person",
              "jej": "person"},
    determiners=frozenset(),
    titles=_words("""
ksiądz ks. biskup arcybiskup abp. bp. kardynał pastor imam rabin
prezydent premier minister ministra rzecznik rzeczniczka sekretarz generał ambasador dyrektor
szef szefowa prezes poseł posłanka senator burmistrz wiceminister wicepremier kanclerz
rosyjski rosyjskiego amerykański ukraiński były była dr prof. papież król ekspert analityk
"""),
    roles=_words("""
rozmówca rozmówczyni
gubernator burmistrz senator senatorka europoseł wojewoda marszałek generał dowódca sędzia prokurator
adwokat mecenas profesor lekarz wirusolog ekonomista dziennikarz biskup papież król świadek świadkowie
śledczy lider liderka przewodnicząca wiceprzewodniczący wiceprzewodnicząca wiceszef sekretarz
pełnomocnik dyrektorka ministra
rzecznik rzeczniczka minister prezydent ambasador ekspert eksperci analityk źródła władze rząd
szef szefowa przewodniczący prezes premier poseł posłanka dyplomata polityk politolog kanclerz
wiceminister wicepremier dyrektor
członek członkini
"""),
    groups=_words("eksperci analitycy źródła władze obserwatorzy"),
    org_words=_words("""
ministerstwo rząd partia komisja rada sąd unia organizacja agencja instytut uniwersytet bank
kreml pentagon nato onz ue sejm senat armia policja
"""),
    stop_capitalised=_words("""
w we na z ze i a ale lub oraz że to ten ta te jest są był była było nie tak jak gdy kiedy czy
jednocześnie ponadto publicznie również także natomiast jednak dlatego wówczas wtedy obecnie ostatnio wcześniej później dodatkowo
co kto dlaczego po przed od do dla o przy za pod nad przez jednak także również już jeszcze
dziś wczoraj on ona oni my wy ja ty się jego jej ich tego tej tym też bo więc dlatego potem następnie teraz wtedy wcześniej później
otóż parę
"""),
    skippable=_words("też także również wczoraj natomiast jednak ponadto dzisiaj dziś zaś"),
)

RU = Lexicon(
    lang="ru",
    cue_verbs=_words("""
похвастался похвасталась похвастались хвастался хвасталась хвастается
предсказал предсказала предсказали постановил постановила
продолжает напоминает считает считают считал считала считали передает передаёт передают повторил повторила повторили повторяет повторяют упомянул упомянула упомянули
охарактеризовал охарактеризовала
заявил заявила заявили сказал сказала сказали говорит говорил говорила говорят отметил
отметила отметили подчеркнул подчеркнула подчеркнули добавил добавила добавили сообщил
сообщила сообщили пояснил пояснила заверил заверила указал указала
написал написала пишет предупредил предупредила признал признала уточнил уточнила
рассказал рассказала заметил заметила констатировал назвал назвала ответил ответила
утверждает утверждал утверждала объяснил объяснила призвал призвала напомнил напомнила
обвинил обвинила выразил заявляет отмечает подчеркивает подчёркивает заключил заключила заключили
сыронизировал сыронизировала
продолжил продолжила констатировала констатировали пояснили уточнили признался призналась
высказал высказала высказался высказалась выразила предположил предположила предположили
сообщает сообщают сообщило заявляют заявило отметило подчеркнуло говорится говорилось
добавляет пишут написали рассказывает рассказали поделился поделилась предупреждает
пообещал пообещала пообещали обещал обещала заверяет возразил возразила парировал парировала
подтвердил подтвердила подтвердили опроверг опровергла раскритиковал раскритиковала
резюмировал резюмировала объявил объявила отмечают подчеркивают подчёркивают убеждён убежден
убеждена настаивает настаивал настаивала указывает указал указали пояснил
подчеркивал подчёркивал подчеркивала подчёркивала отмечал отмечала заявлял заявляла утверждают
подытожил подытожила посетовал посетовала пожаловался пожаловалась сообщается указывают добавляют
уточняет поясняет объясняет признает признаёт настаивают
"""),
    cue_phrases=(("обратил", "внимание"), ("обратила", "внимание"), ("обратили", "внимание"),
                 ("обращает", "внимание")),
    according=(("по", "словам"), ("по", "мнению"), ("по", "данным"), ("по", "его", "мнению"),
               ("по", "её", "мнению"), ("по", "его", "словам"), ("по", "её", "словам"),
               ("по", "их", "мнению"), ("по", "их", "словам"), ("как", "заявил"),
               ("как", "заявила"), ("как", "сообщил"), ("как", "отметил"), ("как", "сказал"),
               ("как", "сообщила"), ("как", "отметила"), ("как", "сказала"), ("как", "подчеркнул"),
               ("как", "подчеркнула"), ("как", "пишет"), ("как", "сообщает"), ("как", "сообщают"),
               ("как", "отмечает"), ("как", "говорится"), ("как", "заявляет"), ("как", "пояснил"),
               ("как", "пояснила"), ("как", "рассказал"), ("как", "рассказала"), ("как", "считает"),
               ("по", "информации"), ("по", "оценке"), ("по", "его", "оценке"), ("по", "её", "оценке"),
               ("по", "заявлению"), ("по", "сообщению"), ("по", "утверждению"), ("по", "оценкам"),
               ("по", "сведениям"), ("как", "сообщили"), ("как", "заявили"), ("как", "отметили"),
               ("как", "пояснили"), ("как", "рассказали"), ("как", "уточнили"), ("как", "подчеркнули"),
               ("согласно",), ("со", "слов"), ("по", "версии"), ("как", "уточнил"), ("как", "уточнила"),
               ("как", "добавил"), ("как", "добавила"), ("как", "указал"), ("как", "указала"),
               ("как", "признал"), ("как", "признала"), ("как", "объяснил"), ("как", "объяснила"),
               ("как", "передает"), ("как", "передаёт"), ("как", "сообщило"), ("как", "заявило"),
               ("как", "утверждает"), ("как", "утверждают"), ("как", "говорит"), ("как", "пишут")),
    complementizers=_words("что чтобы"),
    pronouns={"он": "person", "она": "person", "они": "group", "его": "person", "её": "person",
              "ее": "person", "их": "group"},
    determiners=frozenset(),
    titles=_words("""
священник епископ архиепископ кардинал папа патриарх митрополит пастор имам раввин протоиерей
президент премьер министр пресс-секретарь представитель генсек генеральный секретарь посол
директор глава председатель депутат сенатор мэр губернатор канцлер замминистра заместитель
официальный российский американский украинский бывший экс- доктор профессор эксперт
аналитик политолог пресс-секретаря министра президента главы
"""),
    roles=_words("""
генсек секретарь сенатор генерал командующий командир судья прокурор адвокат профессор врач собеседник собеседница
вирусолог экономист журналист епископ патриарх король свидетель следователи вице-премьер
вице-президент замглавы советник помощник уполномоченный омбудсмен
пресс-секретарь министр президент посол эксперт эксперты источник источники власти глава
представитель официальный замминистра заместитель спикер лидер дипломат политик политолог
канцлер премьер председатель депутат губернатор мэр директор руководитель аналитик философ
член госсекретарь сопредседатель
"""),
    groups=_words("эксперты аналитики источники власти наблюдатели"),
    org_words=_words("""
министерство мид правительство партия комиссия совет суд союз организация агентство институт
университет банк кремль пентагон нато оон ес дума армия полиция
 пресс-служба ведомство администрация прокуратура минобороны мвд фсб"""),
    stop_capitalised=_words("""
в во на с со и а но или что это этот эта эти как когда если по для о об от до из у за при
часто также однако поэтому кроме впрочем ранее позднее между тем сейчас теперь
под над же ли не ни он она они мы вы я ты его её их уже ещё также тоже так вот однако
сегодня вчера поэтому затем потом теперь тогда впрочем именно ранее позже накануне кроме этом
сам сама сами само даже
"""),
    skippable=_words("также уже ранее вчера сегодня однако же тоже затем позже"),
)

LEXICONS: dict[str, Lexicon] = {lex.lang: lex for lex in (EN, FR, DE, IT, PL, RU)}


def lexicon_for(lang: str | None) -> Lexicon:
    """The lexicon of ``lang`` (ISO 639-1); English for unknown languages, whose quote marks
    and capitalised names still work."""
    return LEXICONS.get((lang or "en").lower()[:2], EN)


@lru_cache(maxsize=None)
def _common_word_lists() -> dict[str, frozenset[str]]:
    data = resources.files("spinscope.attribution").joinpath("common_words.json.gz").read_bytes()
    return {lang: frozenset(words) for lang, words in json.loads(gzip.decompress(data)).items()}


def common_words(lang: str | None) -> frozenset[str]:
    """Lower-case words of ``lang`` that the training corpus writes in lower case far more often than
    capitalised inside a sentence (built by scripts/build_common_words.py): a capitalised first
    word found here opens a sentence, it names no one. Empty for other languages."""
    return _common_word_lists().get((lang or "en").lower()[:2], frozenset())


# Cue verbs that report speech only when a quote or a "that"-clause follows ("called it
# 'a disgrace'", "denied that ..."); on their own they usually take a plain object.
WEAK_CUES = frozenset("""
called describe describes described defended defends praised praising denounced denouncing
hailed labelled labeled branded maintain maintains maintained accuse accuses accused charge charged report
reports reported posted continue continued continues ask asks asked demand demanded demands
urge urges urged promise promised vow vowed vows threaten threatened deny denies denied
confirm confirms confirmed recall recalls recalled announce announces announced respond responded responds comment commented comments so wies zitierte sprach interrogé demandé
demande назвал назвала обвинил обвинила призвал призвала
brag brags bragged chwalił chwaliła chwalili chwali chwalą похвастался похвасталась похвастались хвастался хвасталась
хвастается prahlte prahlt prahlten vantato vantata
reveal reveals revealed indicate indicates indicated affirm affirms affirmed pledge pledges pledged
underscore underscores underscored clarify clarifies clarified disclose discloses disclosed
confirmé confirme signalé signale relevé relève observé observe révélé révèle résumé résume
berichtete berichtet versprach verspricht kommentierte kommentiert
confermato conferma raccontato racconta rivelato rivela promesso promette specificato specifica
lamentato lamenta attaccato attacca chiarito chiarisce rilevato rileva garantito garantisce ammonito
ammonisce confidato confida
soutenu soutient plaidé plaide tranché tranche concédé concède
verwies verweist mahnte mahnt beklagte beklagt widersprach widerspricht
przyznaje wskazuje tłumaczy
указывает указали высказался высказалась поделился поделилась
ogłosił ogłosiła zapowiada skomentował skomentowała relacjonował relacjonowała
объявил объявила подтвердил подтвердила подтвердили раскритиковал раскритиковала пообещал
пообещала пообещали обещал обещала высказал высказала выразила
""".split())

# Participles whose subject is the subject of the whole clause ("Peskov replied, saying: ...")
PARTICIPLE_CUES = frozenset("""
saying adding noting stressing writing telling claiming explaining warning arguing insisting
yelling shouting screaming muttering chanting praising denouncing declaring admitting stating calling describing insisting ajoutant soulignant expliquant déclarant
affirmant estimant précisant aggiungendo sottolineando spiegando dicendo affermando
dodając podkreślając mówiąc zaznaczając добавив отметив подчеркнув заявив сказав
acknowledging conceding recalling suggesting asserting announcing emphasizing emphasising predicting
alleging contending maintaining indicating hinting complaining
assurant indiquant rappelant insistant notant jugeant ricordando sostenendo precisando osservando
ribadendo evidenziando wskazując zapewniając przekonując twierdząc пояснив уточнив указав заверив напомнив
""".split())

# Countries (and their common inflected stems) as entities; matched by prefix on a token.
COUNTRY_STEMS: dict[str, str] = {
    stem: name
    for name, stems in {
        "Russia": "russia russland russie rosj rosji rosja росси рф",
        "Ukraine": "ukrain україн украин ucrain",
        "United States": "u.s. usa us america amerika amérique stati uniti états-unis stany сша америк",
        "China": "china chine cina chin cines китай китая китае",
        "Germany": "germany deutschland allemagne germania niemc германи фрг tedesc",
        "France": "france frankreich francia francj франци",
        "Italy": "italy italien italie italia włoch итали",
        "Poland": "poland polen pologne polonia polsk польш",
        "United Kingdom": "uk britain u.k. großbritannien royaume-uni regno wielka британи",
        "Israel": "israel israël israele izrael израил",
        "Iran": "iran irán иран",
        "Syria": "syria syrien syrie siria syri сири",
        "Belarus": "belarus biélorussie białoruś беларус белорусси",
        "European Union": "eu ue ес",
        "NATO": "nato otan нато",
        "Turkey": "turkey türkei turquie turchia turcj турци",
        "India": "india indien inde indie инди",
        "Japan": "japan japon giappone japoni япони",
        "Canada": "canada kanada канад",
        "Hungary": "hungary ungarn hongrie ungheria węgr венгри",
    }.items()
    for stem in stems.split()
}


# nouns that describe a person before their name, as a title ("Moderator Ben Armstrong", "publicysta
# Rafał Ziemkiewicz", the honorific "Pani Von der Leyen"), but are no role the description rules resolve
# ("the host said" stays as it was; Polish "mówił pan" is the formal "you", no title)
DESCRIPTIVE_NOUNS = {lang: _words(words) for lang, words in {
    "en": "moderator presenter commentator pundit broadcaster host anchor",
    "fr": "animateur présentateur chroniqueur modérateur éditorialiste journaliste",
    "de": "moderator journalist publizist kommentator reporter korrespondent autor",
    "it": "cronista conduttore moderatore editorialista opinionista commentatore giornalista",
    "pl": "publicysta publicystka dziennikarz dziennikarka komentator prowadzący prowadząca pan pani",
    "ru": "публицист ведущий ведущая обозреватель комментатор журналист",
}.items()}


def _inflected(lex: Lexicon) -> tuple[Lexicon, dict[str, str]]:
    """``lex`` with the regular inflected forms of its cue verbs (and of the first word of its cue
    phrases) added, generated once here; the map says which listed form each came from. A generated
    form that is another word of the lexicon (a title, a role, a function word) is left out."""
    others = (lex.stop_capitalised | lex.titles | lex.roles | lex.groups | lex.org_words | lex.determiners
              | lex.complementizers | lex.skippable | lex.objects | frozenset(lex.pronouns)
              | {p[0] for p in lex.according})
    generated = {g: f for g, f in inflect(lex.lang, lex.cue_verbs).items() if g not in others}
    firsts = frozenset(p[0] for p in lex.cue_phrases if len(p) > 1)
    by_first = inflect(lex.lang, firsts)
    phrases = list(lex.cue_phrases)
    known = set(phrases)
    for p in lex.cue_phrases:
        if len(p) < 2:
            continue
        for g, f in by_first.items():
            if f == p[0] and (g, *p[1:]) not in known and g not in others:
                known.add((g, *p[1:]))
                phrases.append((g, *p[1:]))
    # "as reported by X", "come riportato da X", "comme rapporté par X": a cue's participle between "as" and the
    # agent preposition is a source phrase like "according to", for every listed or generated participle
    as_by = {"en": ("as", "by", ("ed",)), "it": ("come", "da", ("ato", "ito")), "fr": ("comme", "par", ("é",))}.get(lex.lang)
    according = list(lex.according)
    if as_by is not None:
        according += [(as_by[0], v, as_by[1]) for v in sorted(lex.cue_verbs | frozenset(generated))
                      if v.endswith(as_by[2]) and (as_by[0], v, as_by[1]) not in lex.according]
    nouns = (lex.stop_capitalised | lex.determiners | lex.complementizers | frozenset(lex.pronouns)
             | lex.cue_verbs | frozenset(generated) | lex.name_particles)
    role_forms = frozenset(f for f in inflect_nouns(lex.lang, lex.roles | lex.titles | DESCRIPTIVE_NOUNS.get(lex.lang, frozenset()))
                           if f not in nouns or f in lex.roles or f in lex.titles)
    return replace(lex, cue_verbs=lex.cue_verbs | frozenset(generated), cue_phrases=tuple(phrases),
                   according=tuple(according), role_forms=role_forms), generated


# every lexicon carries its cue verbs' generated forms; a form generated from a weak cue is weak too
GENERATED_CUES: dict[str, dict[str, str]] = {}
for _lang, _lex in list(LEXICONS.items()):
    LEXICONS[_lang], GENERATED_CUES[_lang] = _inflected(_lex)
EN, FR, DE, IT, PL, RU = (LEXICONS[x] for x in ("en", "fr", "de", "it", "pl", "ru"))
# a generated form is weak (it reports only before a quote or a complementizer), whatever its source:
# an unlisted form has not been checked in the sentences the listed ones were written from
GENERATED = frozenset(g for gen in GENERATED_CUES.values() for g in gen)
WEAK_CUES = WEAK_CUES | GENERATED
