"""Reader-comment threads at the end of an article: where one starts.

:func:`thread_start` finds the header of a reader-comment thread ("3 Comments", "Leave a Reply")
or, with no header, a commenter's name and time ("marek1974 · 2 godz. temu") that opens one:
it must follow the article body, and what follows must look like a thread (names, dates,
"Reply"). :func:`spinscope.ingest.clean.find_noise` marks every line from there as "comment
thread". The page-level thread of :mod:`spinscope.ingest.page_blocks` (its own ``_page_thread_start``)
works from the page's shape instead.

clean imports this module only inside find_noise, so this one imports clean's names at the top.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spinscope.ingest.clean import _PERSON, _SPACED_FRENCH_TIME, MIN_BODY_LINES, _is_stamp, is_name_and_time
from spinscope.ingest.noise_patterns import DECORATION, REPLY_FORM, THREAD_MARKER, is_nested_reply_header, whole_line

if TYPE_CHECKING:
    from spinscope.ingest.clean import Line

_THREAD_OPENER = whole_line(REPLY_FORM)
_MAX_LINES_BEFORE_MARKER = 3
_MAX_LINES_BETWEEN_MARKERS = 8

# (round 76) under a count or a "Leave a Reply" header, a commenter's bare name or handle on its own row, over the
# comment it signs ("Marco_scacchi" / "Io ci ho messo mezz'ora, bel problema!", "Bastien_73" / "Le registre du
# refuge, tu as signé ?", "Arturo" / "Mezz'ora è già un ottimo tempo, Marco."): sets 91 and 92 had threads with no
# date, no "Reply" link and the first nested reply four lines down, past _MAX_LINES_BEFORE_MARKER. One to three
# words, capitalised but for a handle's, no punctuation but a handle's "_", "." or "-", and what follows it is a line
# of three words or more that no rule took and that is no label's row. Such a row restarts the count of lines before
# the first marker, no more: a marker must still come, or a German article's capitalised subheadings over their rows
# under a count under the title (set 68's winter-cycling post) would open a thread. Only under a header: headerless,
# a name over a sentence is an interview's speaker.
# (round 77: or a guest's name under its label, "Gość: bałtyk_marek", "Gość: Ewa z Mewiszewa", set 94's beach
# clean-up story; "Guest: Ken D.", "Invité : Gérard", "Gast: Kurt H.", "Ospite: Tonino62", "Гость: Елена")
# (round 78: a guest's tilde may open the row or the name, "~Gość: Stanisław", "~Redakcja", set 96's archive story: a
# Polish portal's guests)
_COMMENTER_ROW = re.compile(r"~?(?:(?:guest|invité|gast|ospite|gość|гость)\s?:\s*)?~?"
                            r"[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}", re.I)
_COMMENT_MIN_WORDS = 3
_HANDLE_MARK = re.compile(r"[_\d]")
_INITIAL_END = re.compile(r"(?:^|\s)[^\W\d_]\.$")  # "Dev M."
_LABEL_ROW = re.compile(r"[^:\n]{1,30}:\s")
# (round 76) a reply's header with the name it answers after an arrow ("Bastien_73 → Anaïs", "Ola ↪ Kasia"), set
# 91's refuge post
_REPLY_TO_NAME = re.compile(r"[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}\s*[→↪]\s*"
                            r"[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}")


def thread_start(lines: list[Line]) -> int | None:
    """Index of the header of a reader-comment thread at the end, or None."""
    body = 0
    for h, line in enumerate(lines):
        if line.reason is None:
            if body >= MIN_BODY_LINES and _is_headerless_thread(lines, h):
                return h
            body += 1
            continue
        # form labels ("Email *") also sit in polls inside an article: only a count or the
        # "Leave a Reply" line opens a thread
        opener = bool(_THREAD_OPENER.fullmatch(line.text.strip(DECORATION)))
        if body < MIN_BODY_LINES:
            continue
        if (opener or line.reason == "comment count") and _looks_like_thread(lines[h + 1:]):
            return h
        # a thread with no header: a commenter's name and time ("marek1974 · 2 godz. temu")
        # opens it when another commenter or a "Reply" follows, with comments between
        if (is_name_and_time(line.text)
                and _looks_like_thread(lines[h + 1:], need_marker=True)):
            return h
    return None


# (round 78) With no header, a commenter's bare name over the comment it signs opens a thread when a nested reply's
# arrow and name come right under the comment ("Vittorio" / "Io uso anche un po' di alcol isopropilico diluito,
# funziona." / "↳ Solchi e Puntine" / ...): set 96's it-blog-solchiepuntine-lavaggio-dischi printed its thread under
# the last paragraph with no count and no "Reply", and all of it stayed. An interview's speaker over an answer has no
# reply arrow under the answer; the rest must look like a thread, as under a header.
# (round 91) Or a comment on one line after its commenter's name and a colon (_one_line_comment), an arrowed reply on one
# line right under it (_INLINE_REPLY): "Armelle : Merci, on teste ce week-end avec mon fils !" over "↳ Mathilde : Avec
# plaisir, tenez-moi au courant." (set 121's fr-blog-labodusalon-cristaux, whose count "4 réactions" no rule knew: the
# whole thread stayed), "Fergus: What a lovely machine." over "↳ Miriam: It's a German portable.", "Hanne_D: Bester
# Laden der Stadt." over "↳ Ralf K.: Stimmt.", "Carla: Che belle!" over "↳ Graziella: Anche un anno.", "Zbyszek:
# Piękny egzemplarz!" over "↳ Krysia: Chyba 1974.", "Вера: Какая красота!" over "↳ Тамара: До года.". The thread is
# read as one from its first comment, as a header would open it. An interview's answer under its speaker's name has no
# arrow under it, and an arrowed list row names no one before a colon ("↳ 200 g de sel fin" stays); the rest must
# still look like a thread.
def _is_headerless_thread(lines: list[Line], h: int) -> bool:
    # (round 100) or a comment on one line after its commenter's name and time joined by middle dots, an arrowed such
    # reply right under it (see _stamped_comment)
    if (h + 1 < len(lines) and lines[h + 1].reason is None and _stamped_comment(lines[h].text) is False
            and _stamped_comment(lines[h + 1].text) and _looks_like_thread(lines[h + 1:], need_marker=True)):
        return True
    if (h + 1 < len(lines) and lines[h + 1].reason is None and _one_line_comment(lines[h].text) is not None
            and _INLINE_REPLY.fullmatch(lines[h + 1].text) and not _INLINE_REPLY.fullmatch(lines[h].text)
            and _looks_like_thread(lines[h + 1:], need_marker=True)):
        return True
    return (h + 2 < len(lines) and _is_commenter_row(lines, h) and is_nested_reply_header(lines[h + 2].text.strip())
            and _looks_like_thread(lines[h + 1:], need_marker=True))


# (round 82) under a thread's header, a nested reply with its replier and its words on one line, after a colon: "↳
# Anselme : Merci ! Elle avait pourtant passé dix ans dans un grenier.", "↳↳ Wasserratte_74: Danke für die Info!", "↳
# Risposta di Castelvornio Notizie: Grazie del ricordo!", "↳ Gość: Oby tylko nie padało." (set 103's threads, left
# whole: the arrow's header alone, "↳ Anselme", was the only reply the walk knew). Up to four words of a name or a
# handle before the colon; an arrow before a sentence with no name is still a list's bullet.
# (round 92) Or a quoting ">" as the reply's marker, one per level ("> Hattie: Take the waterproof, honestly.", ">>
# Robbie K.: Noted! Already ordered one.", "> Maëlie : Oui, on n'en revenait pas.", "> Jochen: Die von Sommerfeldt.",
# "> Serena: Quella dopo il faro.", ">> Kasia: To zapisuję się na przyszły rok.", "> Наталья: Старым 300 мм."): set
# 123's blogs and portals printed their threads so, and every blog's stayed whole under its count. Still a name and a
# colon after it: a quoted line of an e-mail or a forum post in the body ("> We will reply next week.") is none, and a
# quoted exchange in the body has the article's paragraphs after it, which no thread has (_looks_like_thread).
# (round 129) the replier's name may carry its desk in brackets before the colon: "↳ Lettice Crowhurst (Echo): Yes, the
# chapel plans to put a recording online after Easter.", "↳ Odile Brancassier (rédaction) : La chapelle est trop
# petite, ...", "↳ Fiorella Zandonà (redazione): La barriera si smonta in primavera, ...", "↳ Агафья Трубникова
# (редакция): Мы спросили в администрации, ..." (set 196's English, French, Italian and Russian portals, whose threads
# of handle-named comments stayed whole under their counts: the bracket made no replier); "↳ Reinhild K. (Redaktion):
# Danke!", "↳ Jadwiga M. (redakcja): Dziękujemy." alike. One bracket of up to three words; still a reply only with its
# arrow or ">" (an article's quoted resident "Tom Hale (62): We never had a bus." has none and stays).
_REPLIER_DESK = r"(?:\s?\([^\W\d_][\w'’.-]*(?:\s[\w'’.-]+){0,2}\))?"
# (round 145) the replier's town after a comma, and a paper's name in guillemets: "↳ Виктор, Нижние Выселки: Пушинку в
# прошлом году засудили, рад за неё." and "↳ «Курдючинские вести»: Спасибо, Марина, ..." (set 240's
# ru-portal-kurdyuchinsk-ovechi-bega, whose thread of "Марина, Курдючинск: ..." comments stayed whole under "7
# комментариев": no arrowed row made a replier); "↳ Keith, Low Fell: ...", "↳ Hervé, Laineguette : ...", "↳ Uwe,
# Wollbrunn: ...", "↳ Gino, Pecoraglia: ...", "↳ Zbyszek, Wełnowice: ..." alike. Still a reply only with its arrow or
# ">": an article's quoted resident "Tom Hale, Tuppingham: We never had a bus." has none and stays.
_REPLIER_TOWN = r"(?:,\s[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2})?"
_REPLIER_AND_WORDS = (r"(?:~?[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,3}|«[^«»]{1,40}»)" + _REPLIER_TOWN + _REPLIER_DESK
                      + r"\s?[:：]\s+\S.*")
_INLINE_REPLY = re.compile(r"\s*(?:[↳↪└>]\s*)+" + _REPLIER_AND_WORDS)
# (lead's mend after round 105) Under a thread's header, a plain arrow "→" too, one per level ("→ Mercury newsdesk:
# Thanks – the trial starts on 5 January.", "→ → InkyFingers: Thanks, I'll try that.", "→ La rédaction : Merci pour
# votre message, Gérard.", "→ Redaktion: Danke, Uwe – die Termine stehen bald fest.", "→ Redakcja: Dziękujemy za
# komentarz!"): set 147's portals and set 148's German and Polish blogs printed their threads so under their counts,
# and the threads stayed. Never to open a thread with no header: an article's rows are bulleted with that arrow under
# a label ("Timetable: two ferries a day." over "→ Weekdays: 7.00 and 17.00.").
# (round 116) Under a thread's header only, the replier's name may be set off by a dash instead of the colon, the name
# in capitals, up to three words and an initial ("↳ Tom H. – Same here, Maggie, mine played the cornet there.", "↳
# Priya S. – Shame they didn't fix the benches while they were at it." under "14 comments" on set 169's English portal,
# the thread left whole; "↳ Marcel T. – Et moi ...", "↳ Uwe K. – Danke ...", "↳ Kasia – Też tak myślę." alike). Never
# to open a thread with no header (_INLINE_REPLY keeps the colon): an article's arrowed row "↳ Weekdays – 7.00 and 17.00"
# under no count stays.
# (round 124) or by a middle dot, under a thread's header only too: "↳ Gordon B. · Agreed, though I'll miss the pink
# shoulders!" under "7 comments" and its first comment "Maureen T. · He looks splendid. ..." (set 185's English portal,
# and its French, Italian and Polish portals alike, "↳ Rémi V. · Mon grand-père les y menait aussi !", "↳ Franco M. ·
# Complimenti ai pescatori, lavoro fatto bene.", "↳ Marek J. · Piękna robota, brawo dla murarzy."; the German and
# Russian portals' "↳ Dieter K. · Ostern bin ich ...", "↳ Олег Т. · Спасибо мастеру за терпение!", whose second and
# third rows the edge models took and whose first comment stayed). Never with no header: an article's quoted residents
# ("Maureen T., 83: ...") or a caption's credit with a middle dot ("Photo · Ken D.") under no count stay.
_DASHED_REPLIER = r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹ][\w'’-]*(?:\s[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹ][\w'’-]*\.?){0,2})\s[–—·]\s+\S.*"
_ARROWED_REPLY = re.compile(r"\s*(?:[↳↪└>→]\s*)+(?:" + _REPLIER_AND_WORDS + r"|" + _DASHED_REPLIER + r")")
# (round 93) Or a quoted reply with no name at all, one ">" per level ("> A 9 mm, so about 135 times. Anything more and it
# went mushy.", ">> Thanks, I'll try that on my six-inch this weekend.", "> Avec plaisir ! Deux pour cent, c'est la
# règle ...", "> Die Anrufe der Ehrenamtlichen hätten ihr sicher geholfen.", "> Trochę tak, dlatego stawiam go w rogu
# balkonu.", "> Можно долить рассол: ...", "> Ci vuole pazienza."): set 125's English and French blogs and German
# portal left their threads whole under the count, the comments over them naming no one either. Such a line is a
# marker only under a thread's header (thread_start never reads one as a header) and right under a one-line comment
# no rule took or another quoted reply (_is_bare_quoted_reply): a quoted e-mail in the body has no count over it, and
# a ">" line under a count with the article's paragraphs after it still fails on the paragraphs' run.
_BARE_QUOTED_REPLY = re.compile(r"\s*>{1,4}\s*[^\s>].{0,300}")
_BARE_QUOTED_MAX_WORDS = 45


def _is_bare_quoted_reply(after: list[Line], k: int) -> bool:
    """A quoted reply with no name under a one-line comment or another such reply (see _BARE_QUOTED_REPLY)."""
    text = after[k].text
    if k == 0 or not _BARE_QUOTED_REPLY.fullmatch(text) or len(text.split()) > _BARE_QUOTED_MAX_WORDS:
        return False
    above = after[k - 1]
    return bool(_BARE_QUOTED_REPLY.fullmatch(above.text)) or (
        above.reason is None and len(above.text.split()) <= _BARE_QUOTED_MAX_WORDS)


# (round 87) under a thread's header, a comment on one line after its commenter's name and a colon or a dash, the
# commenter coming back further down ("Wacław: Szukałem szachu przez pół godziny!" / "Autor: Jak wszyscy, ..." /
# "Wacław: Teraz już wiem, dziękuję.", "Heike_K: Schön geworden!" / "SV Hollerbrink: Ja, ...", "Ronan a dit : ..." /
# "L'auteur a répondu : ...", "Lucilla scrive: ..." / "Micelio sul Balcone risponde: ...", "Hendrik Vos said: ...",
# "Moira T. – Lovely post!", "Глеб: Все переворачиваются ..." / "Автор: Спасибо, не брошу."): sets 113 and 114 left
# ten such threads whole under "3 komentarze", "Kommentare (3)", "Réagir à l'article", as no row was a marker. A
# name of one to four words (capitalised, or a handle, with short particles between: "Le Courrier de Penvénic") with
# its verb of saying or replying, or a reply's label before it ("Antwort von", "Reply from", "Risponde", "Ответ",
# "Odpowiedź"), or the name it answers ("Solène B. en réponse à Hervé L. :"). Such a row is a marker when its name
# opens another such row of the thread, or when it says it replies: an interview's speakers under a count would
# need a count header and the speaker coming back on one-line answers, which an article prints as paragraphs.
_NAME_WORDS = r"~?[^\W\d_][\w'’.&-]*(?:\s(?:&\s)?[^\W\d_][\w'’.&-]*){0,3}"
# (round 127) WordPress's German "sagt" and "antwortete" too: "Anke sagt: Wie lange hast du den Saft gekocht?" / "↳ Wiebke
# antwortete: Etwa zwanzig Minuten, ..." (set 190's de-blog-holzapfelkueche-gelee, whose thread was read by no rule, so
# the page's tail was never found); "Jean dit : ..." (the French WordPress "dit"), "Luca dice: ...", "Ольга говорит: ..."
# alike. Still a row of a thread only when its name comes back or it replies (see above); an interview's "Anna sagt:"
# once, under no comment count, stays.
_SAYS = (r"said|says|wrote|writes|replied|replies|a dit|dit|a écrit|a répondu|répond|sagt|schreibt|schrieb|antwortet"
         r"|antwortete|dice|говорит|scrive"
         r"|ha scritto|risponde|ha risposto|pisze|napisał\w*|odpowiada|odpowiedział\w*|пишет|написал\w*|ответил\w*"
         r"|отвечает")
_REPLY_LABEL = (r"reply from|replied by|response from|réponse de|antwort von|antwort der|risposta di|risponde"
                r"|odpowiedź(?: od)?|ответ(?: от)?")
_ONE_LINE_COMMENT = re.compile(
    r"(?:(?P<label>" + _REPLY_LABEL + r")\s+)?(?P<name>" + _NAME_WORDS + r"?)"  # (lazy: "Lucilla" before "scrive")
    r"(?:\s+(?P<says>" + _SAYS + r")|\s+(?P<answers>in reply to|en réponse à|als antwort auf|in risposta a|w odpowiedzi"
    r" (?:na|dla)|в ответ)\s+" + _NAME_WORDS + r")?\s?(?:[:：]|\s[–—-])\s+\S.*", re.I)
_NAME_PARTICLE_MAX = 3


def _one_line_comment(text: str) -> tuple[str, bool] | None:
    """The commenter's name and whether the row says it replies, of a comment on one line, or None."""
    match = _ONE_LINE_COMMENT.fullmatch(text.strip())
    if match is None:
        return None
    name = match.group("name")
    capitalised = all(w.lstrip("~")[:1].isupper() or len(w) <= _NAME_PARTICLE_MAX for w in name.split())
    if not (match.group("label") or _HANDLE_MARK.search(name) or capitalised):
        return None
    replies = bool(match.group("label") or match.group("answers")
                   or re.search(r"répon|repl|antwort|rispo|odpowi|ответ", match.group("says") or "", re.I))
    return name.lower().lstrip("~"), replies


def _returning_commenters(comments: list[tuple[str, bool] | None]) -> set[str]:
    """The names that open two or more of the one-line comments ``comments`` (see _one_line_comment)."""
    seen: set[str] = set()
    again: set[str] = set()
    for comment in comments:
        if comment:
            (again if comment[0] in seen else seen).add(comment[0])
    return again


# (round 100) A comment on one line with its commenter's header before it, the three joined by middle dots: a name or a
# handle, a date with its time of day or a relative time, and the comment ("Ray_in_Devon · October 14, 2026 at 9:12 pm
# · Lovely bit of figure in that cherry.", "Sylvie_R · 3 octobre 2026 à 9 h 14 · Superbe !", "Gégé47 · il y a 2 h ·
# Enfin une bonne idée", "Gobliniarz · 12 października 2026 o 10:15 · Świetne brody!", "Ольга_с_залива · 8 октября 2026
# в 19:20 · Синее — это удача!"; "Oma_Hilde · 3. Oktober 2026 um 9:14 · Schön!", "Carla_M · 3 ottobre 2026 alle 9:14 ·
# Bello!"), the replies opening with an arrow ("↳ Eustace · October 15, 2026 at 7:30 am · Thanks Ray, ..."). Set 138's
# English and French blogs, French portal and Polish blog printed their threads so and kept them (14 lines): the
# header and the text on one line made no name-and-time row, and no colon made an inline reply. An arrowed such reply
# is a thread's marker (_is_thread_marker); a comment so written with an arrowed reply right under it opens a thread
# with no header (_is_headerless_thread). An article's list row with a middle dot and a date ("Mairie · 3 octobre 2026
# · Le conseil a voté ...") has no time of day, and no arrowed reply under it: it stays.
_MIDDLE_DOT = re.compile(r"\s+·\s+")
# (round 110) or the comment after the time and a colon, the name and the time still joined by a middle dot
# ("Rybak_Heniek · 2 godz. temu: Nareszcie, od maja chodziliśmy naokoło przez slip.", "↳ Zatoczynianka · 1 godz. temu:
# A poręcz bardzo się przyda starszym osobom.", "Слушатель_с_Заречной · 2 часа назад: Слушаю вас каждое утро, ...",
# "↳ Тамара_Ивановна · 1 час назад: А гостевая будет открыта для ветеранов?", "fenland_pete · 2h ago: Saw it turning
# ...", "↳ Opa_Hermann · vor 1 Std.: Ich auch, und später meine Enkel.", "MamanDeLilou · il y a 1 h : Ma fille ...",
# "Kaktusiara_z_Łodzi · 1 grudnia 2026 o 20:14: Piękne siewki!"): set 158's Polish and Russian portals kept all four
# comment and reply lines under "4 komentarze", "4 комментария", as the stamp's piece held the comment too. Only a
# colon followed by a space ends the stamp (a time of day's "20:14" does not); the name and the stamp must still pass
# as before, so an article's row "Mairie · 3 octobre 2026 : Le conseil a voté ..." has no time and no arrowed reply
# under it, and stays.
_STAMP_THEN_COLON = re.compile(r"\s?[:：]\s+")
_ARROWS = re.compile(r"\s*(?:[↳↪└]\s*)+")


def _stamped_comment(text: str) -> bool | None:
    """Whether a comment on one line after its commenter's name and time (see above) is an arrowed reply; None when the
    line is no such comment."""
    text = text.strip()
    arrow = _ARROWS.match(text)
    pieces = _MIDDLE_DOT.split(text[arrow.end():] if arrow else text, maxsplit=2)
    if len(pieces) == 2:
        pieces = [pieces[0], *_STAMP_THEN_COLON.split(pieces[1], maxsplit=1)]
    if len(pieces) != 3 or not pieces[2].strip():
        return None
    name, stamp = pieces[0], _SPACED_FRENCH_TIME.sub(r"\1h\2", pieces[1])
    if not (_PERSON.fullmatch(name) and (_is_stamp(stamp) or is_name_and_time(f"{name} · {stamp}"))):
        return None
    return bool(arrow)


def _is_thread_marker(text: str) -> bool:
    bare = text.strip(DECORATION)
    # (round 74) or a nested reply's arrow over the replier's name ("↳ Ewa P."): no "Reply" link needed
    return (bool(THREAD_MARKER.fullmatch(bare)) or is_name_and_time(bare) or is_nested_reply_header(text)
            or bool(_REPLY_TO_NAME.fullmatch(text.strip())) or bool(_ARROWED_REPLY.fullmatch(text))
            or bool(_stamped_comment(text)))


def _is_commenter_row(after: list[Line], k: int) -> bool:
    """A commenter's bare name over the comment it signs (see _COMMENTER_ROW)."""
    text = after[k].text.strip()
    if not _COMMENTER_ROW.fullmatch(text) or (text.endswith(".") and not _INITIAL_END.search(text)):
        return False
    # a name's words are capitalised, but for a handle's ("bergfex_61") and short particles ("Kasia z Pracowni"): a
    # heading in the article's words ("Incident summary") is none
    if not (_HANDLE_MARK.search(text) or all(w.lstrip("~")[:1].isupper() or len(w) <= 2 for w in text.split())):
        return False
    if k + 1 >= len(after):
        return False
    nxt = after[k + 1].text.strip()
    # (the comment is no line the rules took: "Kommentar absenden" over a cookie notice is the form's button)
    # (nor a label's row: "Incident summary" over "Time of call: 19:12")
    return (after[k + 1].reason is None and len(nxt.split()) >= _COMMENT_MIN_WORDS and not _LABEL_ROW.match(nxt) and not _COMMENTER_ROW.fullmatch(nxt)
            and not _is_thread_marker(nxt))


def _looks_like_thread(after: list[Line], need_marker: bool = False) -> bool:
    """Everything after a header is noise, or prose broken up by names, dates and "Reply"."""
    seen_marker = False
    run = 0
    # (each line parsed once: the names that come back, then the walk)
    comments = [None] * len(after) if need_marker else [_one_line_comment(line.text) for line in after]
    returning = _returning_commenters(comments)
    for k, line in enumerate(after):
        comment = comments[k]
        if comment and (comment[0] in returning or comment[1]):
            seen_marker = True  # (round 87) a commenter coming back, or a reply, on one line
            run = 0
        elif not need_marker and not seen_marker and line.reason is None and _is_commenter_row(after, k):
            # a name over its comment restarts the count of lines before the first marker, but makes no thread: a
            # reply's arrow, a "Reply" or a name and time must still come
            run = 0
        elif _is_thread_marker(line.text) or _is_bare_quoted_reply(after, k):
            seen_marker = True
            run = 0
        elif line.reason is None:
            run += 1
            if run > (_MAX_LINES_BETWEEN_MARKERS if seen_marker else _MAX_LINES_BEFORE_MARKER):
                return False
    return seen_marker or (not need_marker and all(line.reason is not None for line in after))
