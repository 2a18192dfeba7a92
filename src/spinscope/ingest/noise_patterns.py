"""Patterns of scraper noise shared by the cleaner's modules.

The compiled regular expressions and word vocabularies here are read by more than one module of
:mod:`spinscope.ingest`: :mod:`~spinscope.ingest.clean` (the line rules of :func:`find_noise`),
:mod:`~spinscope.ingest.page_blocks` (page structure: the article body and the chrome around it),
:mod:`~spinscope.ingest.site_lines` (a site's template lines across a batch) and
:mod:`~spinscope.ingest.comment_threads` (where a reader-comment thread starts). They moved here
from clean.py and page_blocks.py unchanged, each with what it is built from, so that no module
reads another's private names; the rules that use them stay in those modules.

What they match, in six languages (English, French, German, Italian, Polish, Russian):

- widget vocabulary and cues: :data:`DECORATION`, :data:`WIDGET_WORD`, :data:`WIDGET_SYMBOL`,
  :data:`NETWORK` / :data:`NETWORK_WORD`, :data:`AD_WORD`, :data:`CALL_TO_ACTION` /
  :data:`CALL_TO_ACTION_ANYWHERE`, :data:`COMMENT_STEM`, :data:`THREAD_MARKER`;
- the site speaking to the reader: :data:`READER`, :data:`SITE_AS_WE`, :data:`PAGE_ITSELF`,
  :data:`SITE_SERVICE`, :data:`FIRST_PERSON`;
- bylines, credits and datelines: :data:`BY_NAME`, :data:`ROLE_AND_NAME`, :data:`INITIAL_END`,
  :data:`AGENCY_NAME` / :data:`AGENCY`, :data:`DATELINE`, :data:`TIME_OF_DAY`;
- dates: :data:`MONTH_NAMES` (an alternation), :data:`MONTH_WORD`, :data:`WEEKDAY`;
- the comment form: :data:`REPLY_FORM` ("Leave a Reply");
- sponsored content and worded headings: :data:`SPONSORED_LABEL_WORDS` / :data:`SPONSORED_LABEL_ALONE`,
  :data:`WH_OPENER` (a question or relative word opening a clause);
- lists and breadcrumbs: :data:`LIST_MARKER`, :data:`BREADCRUMB_SEPARATOR`, :data:`YOU_ARE_HERE_LABEL` / :data:`YOU_ARE_HERE_STRICT`;
- prose rather than a widget: :data:`FINITE_VERB` (a finite verb after the line's first word, not
  a word of a name), built from :data:`FINITE_VERB_WORD` and :data:`NAME_PARTICLE`.

:func:`whole_line` compiles alternatives into a pattern for a whole line (trailing punctuation
and arrows allowed), as the line rules use them; it is used by clean.py, whole_line_noise.py and
comment_threads.py.
"""

from __future__ import annotations

import re

__all__ = [
    "DECORATION",
    "NETWORK",
    "ELLIPSIS",
    "AGENCY_NAME",
    "BY_NAME",
    "THREAD_MARKER",
    "DATELINE",
    "BREADCRUMB_SEPARATOR",
    "TIME_OF_DAY",
    "AD_WORD",
    "LIST_MARKER",
    "WIDGET_SYMBOL",
    "FIRST_PERSON",
    "NETWORK_WORD",
    "WIDGET_WORD",
    "FINITE_VERB_WORD",
    "NAME_PARTICLE",
    "FiniteVerb",
    "FINITE_VERB",
    "CALL_TO_ACTION",
    "SITE_SERVICE",
    "PAGE_ITSELF",
    "READER",
    "SITE_AS_WE",
    "AGENCY",
    "CALL_TO_ACTION_ANYWHERE",
    "COMMENT_STEM",
    "ROLE_AND_NAME",
    "INITIAL_END",
    "MONTH_NAMES",
    "MONTH_WORD",
    "WEEKDAY",
    "REPLY_FORM",
    "PRICE",
    "CHAT_CHANNEL",
    "SPONSORED_LABEL_WORDS",
    "SPONSORED_LABEL_ALONE",
    "WH_OPENER",
    "whole_line",
]

# Arrows, bullets and pipes that widgets put around their labels ("← Previous Post", "• Print").
DECORATION = " \t\u00a0\u200b←→«»‹›•·►▶▸|>"

NETWORK = (r"(?:facebook|twitter|x|linkedin|reddit|whatsapp|telegram|pinterest|tumblr|pocket|"
           r"flipboard|vk|vkontakte|odnoklassniki|messenger|google\+|gab|gettr|parler|mewe|minds|"
           r"truth social|email|e-mail|mail|print|sms|copy link|more)")

ELLIPSIS = r"(?:\.\.\.|…)"

AGENCY_NAME = (
    r"(?:AFP|AP|Reuters|dpa|DPA|ANSA|PAP|TASS|ТАСС|RIA|РИА|Interfax|Интерфакс|EFE|Xinhua|Bloomberg"
    r"|KNA|epd|AdnKronos|Adnkronos|AGI|LaPresse|Belga|ATS|SDA|APA|IAR|Ukrinform|Укринформ|UNIAN"
    r"|УНИАН|Anadolu|Yonhap|Kyodo|ПАП|РБК|RBC|Sputnik|Спутник|Europa Press)\b")

# "By Jane Doe", "Par Marie Lefèvre", "Von Klaus Becker", "di Marco Rossi", "da Andrea P.", "Od Jana Kowalskiego"
BY_NAME = (
    # (in lower case too, "by LISA MASCARO", "par Julie Lemaire": a name in capitals follows)
    # (Italian "da" as "di", in lower case only: "Da Roma ..." opens a sentence, round 32)
    r"(?:By|BY|by|Par|PAR|par|Von|VON|di|DI|da|Od|OD|От|ОТ|от)(?::\s*|\s+)"  # ("Von: Hanna Roth")
    r"(?!(?i:the|this|that|these|those|a|an|any|all|no|some|now|then|far|way)\b)"
    r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|bin|al))*"
    # two authors, joined by "and" in any of the six languages ("Von Jan Hoffmeister und Lea Brandt")
    r"(?:\s+(?:and|&|et|und|e|i|и)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?")

# Lines that mark a reader-comment thread: "Jane says:", "March 3, 2018 at 4:12 pm", "Reply".
THREAD_MARKER = re.compile(
    r"(?:.{1,60}\s(?:says|said|wrote|a dit|sagt|schreibt|ha detto|dice|napisał|napisała|пишет|говорит)"
    r"\s*(?::|" + ELLIPSIS + r")"
    r"|.{0,40}\b\d{1,2}[:h]\s?\d{2}\b.{0,30}"  # a date with a time of day
    r"|.{0,40}\b\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago"
    r"|reply(?: ↓)?|log in to reply|répondre|antworten|rispondi|odpowiedz|ответить|report"
    r"|\d+ likes?|like|liked by .{1,60})[\s.!:…]*", re.I)

# A dateline under the title: a place in capitals, a comma and a day of a month ("BRUSSELS, 3
# March 2022", "Berlin, 3. März", "WASHINGTON (Reuters), March 3 -"); with a time of day it is
# the page's timestamp (see _is_stamp), without one the article's.
DATELINE = re.compile(
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]*(?:[\s-]+[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]*)*\s*(?:\([^)]{1,30}\))?\s*,\s*"
    r"(?:\d{1,2}\.?\s+[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*[-—–]?")

# A breadcrumb under the title: labels of up to four words joined by arrows, chevrons or slashes.
BREADCRUMB_SEPARATOR = re.compile(r"\s+[»›>/→|]\s+")

TIME_OF_DAY = re.compile(r"\b\d{1,2}(?::|h|\.)\d{2}\b")

# Ad words, as stems, that make a short label an ad slot.
AD_WORD = re.compile(r"\b(?:advertis\w*|sponsor\w*|anzeige|werbung|publicité|pubblicità|reklam\w*"
                     r"|реклам\w*)"
                     # "ad" alone is too common ("The ad that changed everything"); a label that
                     # points at one is an ad slot ("Story continues after this ad", "Skip ad")
                     r"|\b(?:after|below|under|above|past|skip|close|report)\s+(?:this\s+|the\s+)?ads?$",
                     re.I)

# A list item of the article: "- a ban on new coal plants", "2) higher taxes".
# a breadcrumb's label, "You are here:" and its kin (round 28 in page_blocks.py); the unambiguous ones alone (round 54
# adds the page named as the place, "Vous êtes sur la page : Déneigement", "You are on the page: ...", "Sie befinden
# sich auf der Seite: ...", "Ti trovi nella pagina: ...", "Jesteś na stronie: ...", "Вы находитесь на странице: ..."),
# and with the labels that open sentences too ("Sei in ...", "Jesteś w ...", "Вы находитесь ...")
YOU_ARE_HERE_STRICT = (r"(?:you are here|vous êtes ici|sie sind hier|jesteś tutaj|вы здесь|you are on the page"
                       r"|vous êtes sur la page|sie befinden sich (?:hier|auf der seite)|ti trovi (?:nella|sulla) pagina"
                       r"|jesteś na stronie|вы находитесь на странице)")
YOU_ARE_HERE_LABEL = r"(?:" + YOU_ARE_HERE_STRICT + r"|ti trovi (?:in|qui)|sei in|jesteś w|вы находитесь)"
LIST_MARKER = re.compile(r"(?:[-–*•]|\d{1,2}[.)])\s+")

# Second cues of a widget for a label that reads like a clause (see clean.has_widget_cue and
# page_blocks._page_widget_cue).
WIDGET_SYMBOL = re.compile(r"[#@©&$|•/]|\b[^\W\d_]+\.(?:com|org|net|info|[a-z]{2})\b", re.I)

# (round 52: a lower-case "i" with a lower-case word after it is Polish "and" or Italian "the", "nocnej i
# świątecznej", not the English pronoun; "V.i.S.d.P." and "i'm" keep it)
# (round 98: nor before a number, Italian "the" or Polish "and" again: "Ridotto per residenti e ragazzi sotto i 14
# anni", "Dwa quady i 3 skutery", "Gratis per i 6 anni e meno"; set 134's it-portale-scioverno-seggiovia read that
# row as a widget's beside its block, after a read-also link, and it went with the page's tail. "I 14" with a capital,
# "I've", "so do i." keep it; the English "I" before a number is written in a capital, as before. Same in fr "Tarif
# réduit pour les moins de 14 ans", de "Ermäßigt für Kinder unter 14 Jahren", ru "Льготный для детей до 14 лет": no i)
# (round 101: nor a capital "I" before a word of four letters or more ending in "i", the Italian plural article over
# its noun or adjective: "I gestori dei lidi chiusi chiedono alla Regione un indennizzo ...", set 140's
# it-portale-vallunghera-alghe, whose last paragraph went as a widget's line beside the topics line; "I residenti",
# "I primi", "I dati". The English "I" stands before a verb, "I run", "I take", "I sell", "I ski"; in fr "Les gérants",
# de "Die Betreiber", pl "Właściciele", ru "Владельцы" no capital I opens the line)
FIRST_PERSON = re.compile(r"\b(?:(?-i:I)(?!\s+(?-i:[a-zàèéìòù]{3,}i)\b)|(?-i:i)(?!\s+(?-i:[a-ząćęłńóśźżàèéìòù0-9]))|mio|mia|miei|mie|mon|ma|mes|mein\w*|mój|moj\w*|мой|моя|мои|мне)\b",
                          re.I)

# (round 106) "more" is a share row's button ("Share · Email · More") but not in a comparison or after a quantifier:
# "Around 300 glass bottles, some more than a century old", the third row of set 150's
# en-portal-skimbleford-riverdivers, read as a widget's line under its block (no finite verb, "more" its only cue) and
# taken with the page's tail. "more than", "some more", "any more", "no more", "once more", "many more", "much more",
# "even more", "far more", "one more" and "a few more" are the article's words; the other languages' rows never met
# the cue ("Environ 300 bouteilles, certaines vieilles de plus d'un siècle", "Rund 300 Glasflaschen, manche mehr als
# hundert Jahre alt", "Circa 300 bottiglie, alcune con più di un secolo", "Około 300 butelek, niektóre starsze niż sto
# lat", "Около 300 бутылок, некоторым больше ста лет"). A bare "More", "More stories", "Share · More" keep the cue.
_MORE_IN_A_CLAUSE = (r"(?<!\bsome more)(?<!\bany more)(?<!\bno more)(?<!\bonce more)(?<!\bmany more)(?<!\bmuch more)"
                     r"(?<!\beven more)(?<!\bfar more)(?<!\bone more)(?<!\bfew more)(?<!\bmore(?= than\b))")
NETWORK_WORD = re.compile(r"\b" + NETWORK + r"\b" + _MORE_IN_A_CLAUSE, re.I)

# (round 83: a reading room is a place, no widget's word: "Читальный зал и спортзал на первом этаже", a row of set 106's
# student-housing story, read as the page's under its block; "Reading room and gym on the ground floor", "Czytelnia i
# siłownia na parterze". French "salle de lecture", German "Lesesaal" and Italian "sala di lettura" never matched)
# (round 85: nor the Italian adjective "light", leggero, leggera, leggeri, leggermente: "Una giacca antivento leggera",
# the last row of set 107's trail post under a discount line, read as the page's beside its block)
# (lead's mend after round 105: the writer's "I'll tell", расскажу, is no widget's telling: "В следующий раз расскажу,
# как печатать штампом на ткани.", set 146's ru-blog-lastikinozh-shtampy's last paragraph under its prompt and share
# row, went as a widget's block once its thread was found; "Расскажите друзьям" and "рассказать" still count)
# (lead's mend after round 105: a cost "shared between" two bodies is the article's: "The gauge cost £18,000, shared
# between the harbour trust and the fishermen's association." under a portal's topics line, set 149's
# en-portal-skerrowby-tidegauge, lost once its "→" thread was found; "Most shared", "Shared 12 times" still count)
# (round 124: nor a telling in the third person's future, a programme's or an event's: "В субботу на площади пройдёт
# чаепитие, на котором расскажут историю трактира.", the last paragraph of set 186's ru-portal-kosobrodovo-vyveska,
# read as a widget's line over its share row and tags line and lost with the paragraph above it; "On y racontera
# l'histoire du moulin.", "Gli anziani racconteranno la storia della piazza." likewise. English "they will tell",
# German "erzählen", Polish "opowiedzą" were never widget words. "Расскажите друзьям", "рассказать", "Raccontaci la tua
# storia", "Racontez-nous" still count)
WIDGET_WORD = re.compile(
    r"\b(?:comment\w*|komment\w*|komentarz\w*|komentuj\w*|коммент\w*|discuss\w*|discut\w*"
    r"|diskut\w*|dyskus\w*|обсу\w*|opini\w*|conversation|love\w*|friends?|amis?|amici|freund\w*|znajom\w*|друз\w*"
    r"|shar(?:e|es|ing)|shared(?!\s+(?:between|among|equally)\b)"
    r"|partag\w*|teilen|empfehl\w*|condivi\w*|udostępn\w*|podziel\w*|подел\w*"
    r"|rac?cont(?!er(?:a|ont|à|anno)\b)\w*|расска(?!жу\b|ж(?:ет|ут)\b)\w*"
    r"|wspier\w*|wspar\w*|soutenir|soutenez|unterstützen|sostieni|sostenete|поддерж\w*"
    r"|read|reading(?!\s+rooms?\b)|lire|lus|lesen|gelesen|legg(?!er[oai]\b|ermente\b)\w*|lett[oi]"
    r"|czyt(?!elni[aęąo]?\b)\w*|чита(?!льн)\w*|прочит\w*"
    r"|stor(?:y|ies)|posts?|articles?|artikel|articol\w*|artykuł\w*|стать\w*|notizi\w*"
    r"|wiadomoś\w*|новост\w*|материал(?!ьн)\w*|рубрик\w*|video\w*|видео\w*"
    r"|authors?|auteurs?|autor\w*|autore|автор\w*|rédaction|redaktion|redazione|redakcj\w*"
    r"|редакци\w*|e-?mail|trending|popular\w*|populaires?|popolari|главн\w*|найпопул\w*"
    r"|sign\s+in|log\s+in|connexion|anmelden|accedi|zaloguj\w*|войти)\b", re.I)

# Finite auxiliaries and a few common finite verbs in six languages (a closed class): a line that
# holds one after its first word is a sentence of the article, even without its full stop.
FINITE_VERB_WORD = re.compile(
    r"(?<=\S)\s+(?:is|are|was|were|has|have|had|did|does|will|would|can|could|should|shall|must"
    r"|might|said|says|est|sont|était|étaient|sera|seront|ont|avait|avaient|peut|peuvent|doit"
    r"|ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können|muss|soll"
    r"|è|sono|era|erano|sarà|saranno|ha|hanno|aveva|avevano|può|possono|deve|devono"
    r"|jest|są|był|była|było|byli|były|będzie|będą|ma|mają|może|mogą|został|została|zostało"
    r"|zostali|является|являются|был|была|было|были|будет|будут|может|могут|стал|стала|стали)\b",
    re.I)

NAME_PARTICLE = re.compile(r"(?:della|delle|del|dei|di|da|de|du|des|la|le|von|van|der)", re.I)


class FiniteVerb:
    """FINITE_VERB_WORD, but not a word of a name: a capitalised "Sera" after a particle
    ("Corriere della Sera") is no finite verb."""

    @staticmethod
    def search(text: str) -> re.Match[str] | None:
        for match in FINITE_VERB_WORD.finditer(text):
            word = match.group(0).strip()
            if word[:1].isupper() and not word.isupper():
                before = text[:match.start()].split()
                if before and NAME_PARTICLE.fullmatch(before[-1]):
                    continue
            return match
        return None


FINITE_VERB = FiniteVerb()

CALL_TO_ACTION = re.compile(
    r"(?:please\s+)?(?:share|subscribe|donate|give|support|follow|sign up|join"
    # passing the page on, and a donation asked for politely ("please consider a small donation")
    r"|pass (?:it|this(?: \w+)?) (?:on|along)|forward (?:it|this)|send (?:it|this(?: \w+)?) to"
    r"|consider (?:making |giving )?(?:a |an )?(?:\w+ )?(?:donation|gift|contribution)"
    r"|consider (?:donating|supporting|subscribing|becoming a (?:(?:free|paid|paying|free or paid) )?"
    r"(?:member|subscriber|supporter))"
    r"|transférez|leiten sie (?:ihn|es|diesen|diesen artikel) weiter|inoltra(?:lo|la|te|telo)?|przekaż|перешлите"
    r"|abbonati|abbonatevi|zasubskrybuj|wykup (?:dostęp|subskrypcję|prenumeratę)|оформите подписку"
    r"|partagez|abonnez|soutenez|faites un don|donnez|suivez"
    r"|teilen sie|teile|abonnieren sie|abonniere|spenden sie|spende|unterstützen sie|unterstütze"
    r"|folgen sie|folge"
    r"|condividi|iscriviti|sostieni|dona|seguici|seguite"
    r"|udostępnij|subskrybuj|wesprzyj|wpłać|obserwuj|dołącz"
    # a reader's tip asked for: "send us", "Prześlij nam", "Schicken Sie uns"
    r"|send us|envoyez-nous|schicken sie uns|schick uns|inviaci|prześlij nam|przyślij nam|пришлите нам"
    r"|поделитесь|подпишитесь|поддержите|пожертвуйте|присоединяйтесь"
    # rating the page or liking it: "Оцени!", "Ставьте лайк и подписывайтесь на канал"
    r"|rate (?:this|the) (?:article|story|post)|évaluez|notez (?:cet|l['’])|bewerten sie|bewerte|valuta (?:questo|l['’])"
    r"|oceń|оцени|оцените|ставьте лайк|поставьте лайк|подписывайтесь)\b"
    # "Follow-up talks", "Share-based pay": a noun, not an imperative ("Transférez-le", "Abonnez-vous" are)
    r"(?![-‐‑](?!(?:le|la|les|nous|vous|lui|leur|moi)\b))", re.I)

SITE_SERVICE = re.compile(
    r"\b(?:newsletters?|mailing list|inbox|(?:daily|weekly|monthly|morning|evening|e-?mail) digest"
    r"|affiliate links?|privacy policy|terms of (?:use|service)|javascript|disqus"
    r"|lettre d['’]information|boîte (?:mail|de réception)|liens? affiliés?"
    r"|politique de confidentialité|conditions (?:générales )?d['’]utilisation"
    r"|posteingang|affiliate-links?|partnerlinks?|datenschutzerklärung|nutzungsbedingungen"
    r"|casella (?:di posta|email)|link affiliati|informativa (?:sulla )?privacy|termini d['’]uso"
    r"|skrzynk\w+ (?:e-?mail|pocztow\w+)|link\w* afiliacyjn\w+|polityk\w+ prywatności|regulamin\w*"
    r"|рассылк\w+|партн[её]рск\w+ ссылк\w+|политик\w+ конфиденциальности"
    r"|пользовательск\w+ соглашени\w+"
    # following the site on a news aggregator: "suivre Ouest-France dans l'onglet Google Actualités"
    r"|(?:follow|suivre|suivez|folgen|folge|seguire|segui|seguici|obserwuj\w*|śledź\w*|подпиш\w+|подпис\w+|следи\w+)"
    r"\b(?:[^.!?\n]|\.(?=\w)){0,60}\bgoogle (?:news|actualités|nachrichten|notizie|wiadomości|новости))\b", re.I)

PAGE_ITSELF = re.compile(
    r"\b(?:(?:this|our) (?:article|post|story|site|website|page|blog)"
    r"|(?:cet|cette|ce|notre) (?:article|site|page|blog)"
    r"|(?:diese[rnms]?|unser(?:e[rnms]?)?) (?:artikel|beitrag|seite|website|webseite|blog)"
    r"|(?:quest[oa]|nostr[oa]) (?:articolo|sito|pagina|blog|post)"
    r"|(?:ten|tego|tym|ta|tej|tę|nasz\w*) (?:artyku[łl]\w*|stron\w*|serwis\w*|blog\w*|wpis\w*)"
    r"|(?:эт\w+|наш\w*) (?:стать\w+|сайт\w*|страниц\w+|блог\w*)"
    # a publication naming how it is paid for: "X is a reader-supported publication"
    r"|reader-(?:supported|funded) (?:publication|newsletter|site|blog|media)"
    r"|(?:publication|média|journal) (?:financé|soutenu)e? par (?:ses|nos) lecteurs"
    r"|leserfinanziert\w*)\b", re.I)

READER = re.compile(
    # (not German "du", which is French "of the", nor Italian "tue", which is French "kills"; lead's mend after round
    # 131: nor the "vous" of a "rendez-vous", "Le prochain rendez-vous est fixé au premier samedi d'avril, de 14 h à 18
    # h." over the tags line and a news-tip prompt, set 155's fr-portail-vaudrignac-repair-cafe, where a meeting's
    # date read as words to the reader and the last paragraph went with the block; "Abonnez-vous" still speaks to him)
    r"\b(?:you|your|please|(?<!rendez-)vous|votre|vos|dein\w*|euch|eure\w*|bitte|(?-i:Ihre[nmrs]?|Ihnen)"
    r"|tu|tuo|tua|tuoi|voi|vostr[oaie]|ty|twój|twoj\w+|wy|wasz\w*|prosimy|proszę"
    r"|вы|вас|вам|ваш\w*|ты|тебе|твой|твоя|пожалуйста)\b", re.I)

# (round 133) not the Polish preposition "we" (as "w", before a word opening with "w" and a consonant): "Podobny spacer
# ma się odbyć we wrześniu.", "Spotkanie odbędzie się we wtorek.", "we wszystkich sołectwach" (set 204's
# pl-portal-zabiewo-solne-solirod, whose last paragraph read as the site speaking and went with the block under the
# newsletter prompt); English has no word opening "w" + consonant but "wh" and "wr" ("we wrote", "we who"), and Polish
# "wr" + "z" is "wrz" only, so "We write every week", "we wrapped", "we who live here" still read as the site's "we".
SITE_AS_WE = re.compile(
    r"\b(?:we(?!\s+(?:w[^\W\d_aeiouyhrąęó]|wrz))|our|us|nous|notre|nos|wir|uns|unser\w*|noi|nostr[oaie]|my|nas|nam|nasz\w*"
    r"|мы|нас|нам|наш\w*)\b", re.I)

# A news agency signs a short line after the article ("Le Monde avec AFP"): a closed class.
AGENCY = re.compile(r"\b" + AGENCY_NAME)

# An offer's imperative of joining, ordering, booking, trying or signing up, in six languages (round 53):
# "Zamów książkę przez katalog online", "Iscrivi la tua squadra alla Coppa di primavera", "Запишитесь на
# пробное занятие бесплатно!", "Adhérez au club : ...", "Try a free day pass"; a widget's button only
# beside another widget (page_blocks: a widget's block between the paragraphs)
SIGN_UP_IMPERATIVE = re.compile(
    r"(?:try|order|book|register|enrol|enroll|join|apply|donate|adhérez|inscrivez-vous|inscrivez|commandez|réservez"
    r"|essayez|rejoignez|donnez|melde dich|melden sie sich|bestelle|bestellen sie|buche|buchen sie|werde|werden sie"
    r"|teste|probier|iscrivi|iscriviti|ordina|prenota|prova|unisciti|diventa|dona|zamów|zapisz|zarejestruj|dołącz"
    r"|wpłać|spróbuj|zostań|запишитесь|закажите|зарегистрируйтесь|вступайте|вступите|пожертвуйте|попробуйте"
    r"|оформите"
    # (round 54) signing up, subscribing or downloading the site's app: "Sign up for our monthly list of new arrivals",
    # "Téléchargez notre application pour renouveler vos ordonnances", "Abonnieren Sie ...", "Scarica la nostra app",
    # "Pobierz naszą aplikację", "Скачайте наше приложение"
    r"|sign up|subscribe|download|téléchargez|abonnez-vous|abonniere|abonnieren sie|lade|laden sie|scarica|abbonati"
    r"|pobierz|subskrybuj|скачайте|установите|подпишитесь)\b(?![-‐‑])", re.I)

CALL_TO_ACTION_ANYWHERE = re.compile(r"(?:^|[\s,:;–—-])" + CALL_TO_ACTION.pattern, re.I)

# Notices after the article, by family: comments closed (a comment word and a word of closing,
# "Die Kommentarfunktion für diesen Artikel ist geschlossen."), an affiliate disclosure (an
# affiliate-link term alone: "*Bei den mit Sternchen gekennzeichneten Links handelt es sich um
# Affiliate-Links."), a donation prompt with an amount, to the reader or from the site as "we"
# ("Our journalism is funded by readers like you. Chip in $5 today.").
COMMENT_STEM = re.compile(r"\b(?:comment\w*|kommentar\w*|коммент\w*|komentarz\w*|komentowani\w*"
                          r"|discussion|diskussion)", re.I)

# A writer's role, a colon or "by", and a name in capitals (case-sensitive: names only).
ROLE_AND_NAME = re.compile(
    r"(?i:text|texte|testo|tekst|текст|words|reporting|a cura di|redazione|opracowanie|autor(?:in|ka)?"
    r"|auteur|author|autore|автор|reporter(?:in|ka)?|correspondent|journalist(?:in|ka)?|korrespondent(?:in)?"
    r"|corrispondente|korespondent(?:ka)?|корреспондент"
    # the page's editor and the writing verb as a role (round 34: "Redakcja strony: Halina Wrzos",
    # "Scritto da Elisa, viola", "Written by Sam")
    r"|redakcja(?: strony)?|redaktor(?:ka)?(?: strony)?|page editor|редактор(?: страницы)?"
    r"|written|écrit|geschrieben|scritt[oa]|napisał[a]?|написал[а]?"
    # the story as the role, and two writers' role in the plural (round 38: "Story by Priya
    # Nandakumar and Owen Hale", "Reportage de Claire Vautrin et Julien Morel", "Autorzy: ...")
    r"|story|reportage|servizio|authors|auteurs|autoren|autori|autorzy|авторы"
    # the newsroom as the role (round 39: "Aus dem Newsroom: Jana Wölfering und Till Ambrosch", "From
    # the newsroom: ...", "De la rédaction : ...", "Dalla redazione: ...", "Z redakcji: ...", "Из редакции: ...")
    r"|from the newsroom|(?:aus dem|im) newsroom|aus der redaktion|de la rédaction|dalla redazione|z redakcji"
    r"|из редакции"
    # (round 118) the piece's writer as the role, "the author of the piece", its label before a colon or a dash:
    # "Автор материала — Агриппина Облепихина" (set 173), "Автор материала: Евдокия Пустоцветова" (set 174), "Автор
    # статьи: ...", "Autor tekstu – ..."; and the French "de" elided before a vowel: "Un reportage d'Aurèle Pindeborde"
    # (set 174), "Texte d'Éloïse Martin"; "Un article de Conflits" under a French title (SemEval: a magazine, no
    # writer) stays
    r"|автор (?:материала|статьи|текста|публикации)|un reportage)"
    r"\s*(?::|\s[–—]\s|(?i:by|von|par|de|di|da|przez)\s|(?i:d['’])(?=[A-ZÀ-ÖØ-Þ]))\s*"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹ][\w'’.-]+){0,2}"
    # (a second writer after "and" in the six languages: "Text: Lukas Brenner und Jana Kiesel", round 38)
    r"(?:\s+(?i:and|&|et|und|e|i|и)\s+[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹ][\w'’.-]+){0,2})?"
    # (the writer's part in the club after a comma, in lower case: "Elisa, viola", "Ole, mechanic")
    r"(?:,\s*(?-i:[a-zà-öø-ÿа-яёąęłńśźżć][\w'’-]*)(?:\s+(?-i:[a-zà-öø-ÿа-яёąęłńśźżć][\w'’-]*)){0,2})?"
    r"|(?i:a cura (?:di|della))\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2}"
    # a role abbreviated with its full stop ("Oprac. Katarzyna Wilczek", "Red. Jan Nowak", "Bearb. Jonas
    # Reinhold", "Ред. Елена Сорокина") (round 27)
    r"|(?i:oprac|opr|red|bearb|réd|ред)\.\s*[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹ][\w'’.-]+){1,2}")

# A name closing on an initial and its full stop ("Автор: Дмитрий К.", "Text: Anna B."): no sentence
INITIAL_END = re.compile(r"\s[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹ]\.$")

# Months and weekdays in the six languages, full and abbreviated.
MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|janvier|janv|février|févr|mars|avril|avr|mai|juin|juillet|juil|août|septembre|octobre|novembre"
    r"|décembre|déc"
    r"|januar|jänner|februar|märz|mär|juni|juli|august|oktober|okt|dezember|dez"
    r"|gennaio|gen|febbraio|marzo|aprile|maggio|mag|giugno|giu|luglio|lug|agosto|ago|settembre|set"
    r"|ottobre|ott|dicembre|dic"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada"
    r"|grudnia|styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik"
    r"|listopad|grudzień|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
    r"|янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|дек")
MONTH_WORD = re.compile(r"(?:" + MONTH_NAMES + r")\.?", re.I)
WEEKDAY = re.compile(
    r"(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì"
    r"|mercoledì|giovedì|venerdì|sabato|domenica|poniedziałek|wtorek|środa|czwartek|piątek|sobota"
    r"|niedziela|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье", re.I)


# (round 56) a sum of money with its currency, before or after it: "15 €", "£350", "60 zł", "1200 ₽", "10 euro"
PRICE = (r"(?:[€$£]\s?\d[\d\s.,]*|\d[\d.,]*(?:\s\d{3})*\s?(?:€|\$|£|eur(?:o|os)?\b|zł\b|złotych\b|₽|руб(?:\.|лей\b|\b)"
         r"|chf\b|fr\.))")
# (round 56) a chat or sports app a club's channel is on, in the six languages' cases: "on Discord", "na Discordzie",
# "auf Strava", "в Telegram", "в телеграме"
CHAT_CHANNEL = (r"(?:discord\w*|strava|telegram\w*|whatsapp|slack|signal|телеграм\w*|дискорд\w*|вотсап\w*|ватсап\w*)")

# A nested reply's header: one or more reply arrows over the replier's name, or a short "in reply to" line ("↳ Ewa
# P.", "↳ ↳ Ирина_К", "↪ Rye Before Dawn replied:", "└ Marta C.", "↳ In reply to OldSkelmertonian"); a marker of a
# reader-comment thread as much as a "Reply" link (round 74: set 87's parkrun story had a comment and a reply under
# "Komentarze (2)" with no date and no reply link, and its thread was not found). Six words at most, no full stop:
# an arrow before a sentence is a list's bullet ("↳ The council will vote in May.").
# (round 78: a guest's tilde may open the name, "↳ ~Redakcja", set 96's archive story)
NESTED_REPLY = re.compile(r"\s*(?:[↳↪└]\s*)+~?[^\W\d_][^!?]{0,48}")
_NESTED_REPLY_MAX_WORDS = 6
_SENTENCE_WORD_END = re.compile(r"[^\W\d_]{2}[.!?…]\s*$")  # a word's full stop, not an initial's ("Ewa P.")


def is_nested_reply_header(text: str) -> bool:
    """A nested reply's header (see NESTED_REPLY)."""
    return (bool(NESTED_REPLY.fullmatch(text)) and len(text.split()) <= _NESTED_REPLY_MAX_WORDS + 1
            and not _SENTENCE_WORD_END.search(text))


# "Leave a Reply" opens the comment form, before or after the thread; WordPress prints the
# "Cancel reply" link on the same line.
REPLY_FORM = (
    r"(?:(?:leave|post|add|write|submit) (?:a |your )?(?:reply|comment|response)"
    r"|laisser (?:un commentaire|une réponse)|kommentar (?:hinterlassen|schreiben|verfassen)"
    r"|(?:hinterlasse|schreibe) einen kommentar|lascia (?:un commento|una risposta)"
    r"|(?:zostaw|dodaj|napisz) komentarz|(?:оставить|оставьте|добавить|написать) комментарий"
    # (round 78) the thread's heading as a call to react to the article: "Réagir à cet article" (set 96's library
    # story left its whole thread under it), "React to this article", "Diesen Artikel kommentieren", "Commenta
    # l'articolo", "Skomentuj artykuł", "Прокомментировать статью"
    r"|(?:react|respond) to (?:this|the) (?:article|story|post)|réagir à (?:cet |l['’]\s?)(?:article|billet)"
    r"|(?:(?:diesen|den) )?(?:artikel|beitrag) kommentieren|commenta (?:questo |l['’]\s?)(?:articolo|post)"
    r"|s?komentuj (?:ten )?(?:artykuł|tekst|wpis)|(?:про)?комментировать (?:эту )?(?:статью|новость|материал|запись))"
    r"(?:\s+(?:cancel reply|annuler la réponse|antworten abbrechen|annulla risposta"
    r"|anuluj pisanie odpowiedzi|отменить ответ))?"
)


def whole_line(*alternatives: str) -> re.Pattern[str]:
    """A case-insensitive pattern for a whole line, allowing trailing punctuation and arrows."""
    return re.compile(r"(?:" + "|".join(alternatives) + r")[\s.!:;…→»›|-]*", re.I)


# A rail's heading, in six languages (round 39; page_blocks.mark_block_remnants, subheading_rows)
RAIL_HEADING = re.compile(
    r"(?:top (?:stories|news|headlines)|headlines|latest(?: news| stories)?|most (?:read|popular|viewed|shared)"
    r"|trending(?: now)?|popular(?: now)?|editor['’]s picks|à la une|les plus lus|les plus populaires|l['’]essentiel"
    r"|à ne pas manquer|dernières (?:infos|actualités)|top-?(?:meldungen|nachrichten|themen)|schlagzeilen|meistgelesen"
    r"|meistgesehen|am meisten gelesen|neueste (?:nachrichten|artikel)|notizie principali|i più letti|le più lette"
    # (round 123) a German portal's liked-by-readers box, set 183's "Beliebt bei Lesern"
    r"|beliebt bei (?:unseren )?lesern"
    r"|in evidenza|ultime notizie|da non perdere|najważniejsze(?: (?:wiadomości|informacje))?|najczęściej czytane"
    r"|najpopularniejsze|najnowsze(?: wiadomości)?|popularne|главное|главные новости|самое читаемое|самое популярное"
    r"|популярное|последние новости|топ новостей"
    # (round 79) a topic's rail of more news: "More health news" (set 97's surgery story, over three headlines between
    # its paragraphs), "Plus d'actualités santé", "Weitere Gesundheitsnachrichten" / "Weitere Nachrichten aus der
    # Region", "Altre notizie di salute", "Więcej wiadomości z regionu", "Ещё новости здоровья"
    r"|more (?:[^\W\d_]+ )?(?:news|stories)|plus d['’]actualités?(?: [^\W\d_]+)?|weitere (?:[^\W\d_]+)?nachrichten"
    r"(?: aus (?:der )?[^\W\d_]+)?|altre notizie(?: (?:di|da|dal|dalla) [^\W\d_]+)?|więcej wiadomości(?: z [^\W\d_]+)?"
    r"|(?:ещё|еще|другие) новости(?: [^\W\d_]+)?)\s*[:：]?", re.I)


# (round 68) a periodic column's name, the day or the rhythm it runs on, as a line over the column's own headline
# ("The Sunday column", "The Saturday morning column", "Our weekly column", "La chronique du dimanche", "Die
# Sonntagskolumne", "Die Kolumne am Freitag", "La rubrica della domenica", "Il corsivo del lunedì", "Felieton
# niedzielny", "Nasz felieton na weekend", "Воскресная колонка главного редактора", "Колонка выходного дня"): the
# column's label, not a headline (a headline naming the column goes on: "La rubrica della domenica compie trent'anni")
PERIODIC_COLUMN = re.compile(
    r"(?:the |our |my )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekly|weekend|midweek|fortnightly|monthly)"
    r"(?: morning| evening)? column"
    r"|(?:la |notre |ma )?chronique (?:du (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|mois)"
    r"|de la semaine|hebdomadaire|mensuelle|dominicale)"
    r"|(?:die |unsere |meine )?(?:(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|wochenend|wochen"
    r"|monats)-?kolumne|(?:wöchentliche|monatliche) kolumne|kolumne (?:am|zum) (?:montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|wochenende))"
    r"|(?:la |il |l['’])?(?:rubrica|corsivo|commento) (?:del (?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|mese"
    r"|fine settimana)|della (?:domenica|settimana)|settimanale|domenicale|mensile)"
    r"|(?:felieton|komentarz) (?:niedzielny|sobotni|poniedziałkowy|wtorkowy|środowy|czwartkowy|piątkowy|tygodniowy"
    r"|weekendowy|miesięczny)|(?:niedzielny|sobotni|poniedziałkowy|piątkowy|weekendowy|cotygodniowy) felieton"
    r"|(?:nasz |mój )?felieton na (?:niedzielę|sobotę|weekend)"
    r"|(?:воскресная|субботняя|понедельничная|пятничная|еженедельная|ежемесячная) колонка(?: (?:главного )?редактора)?"
    r"|колонка (?:выходного дня|по (?:воскресеньям|субботам|понедельникам|пятницам))", re.I)

# (round 113) the labels of sponsored content, in six languages: page_blocks' "Sponsored: <headline>" and, alone on
# their line, clean._is_sponsored_headline_in_block's label over the headline
SPONSORED_LABEL_WORDS = (
    r"sponsored(?: content| post| story)?|promoted|paid (?:post|content)|partner content|contenu sponsorisé"
    r"|sponsorisé|publi-?rédactionnel|gesponsert|sponsored post|contenuto sponsorizzato|sponsorizzato|sponsorowane"
    r"|(?:materiał|artykuł) sponsorowany|спецпроект|партн[её]рский (?:материал|проект)|на правах рекламы")
# (round 132) the label alone on its line, over the sponsored headline (clean._is_sponsored_headline_in_block); both
# moved here from page_blocks so that clean.py needs no import of page_blocks inside a function (page_blocks imports clean)
SPONSORED_LABEL_ALONE = re.compile(rf"(?:{SPONSORED_LABEL_WORDS})", re.I)


# a question word or a relative one opening a clause, in six languages (page_blocks' worded subheadings, and
# clean._is_sponsored_headline_in_block's near miss; moved here from page_blocks)
WH_OPENER = re.compile(
    r"(?:what|which|who|whom|where|when|why|how|ce (?:que|qui|qu['’])|ceux qui|celles qui|quels?|quelles?|qui|où|quand"
    r"|pourquoi|comment|was|wer|wen|wem|welche\w*|wo|wann|warum|wie|cosa|che cosa|quel(?:lo|la|li|le) che|quali|chi|dove"
    r"|quando|perché|come|co|czego|kto|kogo|gdzie|kiedy|dlaczego|jak|jakie|które|что|чего|кто|кого|где|когда|почему|как"
    r"|какие|чем)\b", re.I)
