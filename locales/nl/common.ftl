## Words and buttons that many flows share.

btn-yes = Ja
btn-a-bit = Een beetje
btn-not-really = Niet echt
btn-go-on = Verder
btn-not-now = Niet nu
btn-later = Later
btn-menu = Naar het menu
btn-continue = Verder waar ik was
btn-start-over = Opnieuw beginnen
btn-tell-more = Vertel meer
btn-skip = Overslaan

## Typed words that count as a kind of answer (comma-separated; both languages are read).
means-yes = ja, j, y, jazeker, jawel, zeker, goed, oké, ok, prima, graag
means-no = nee, n, neen, nee dank je, liever niet
means-later = later, niet nu, straks, een andere keer
means-bit = beetje, een beetje, soms, wel een beetje
means-unsure = weet niet, weet ik niet, ik weet het niet, geen idee, misschien, twijfel, idk

language-dutch = Nederlands
language-english = English

country-nl = Nederland
country-be = België
country-uk = Verenigd Koninkrijk
country-us = Verenigde Staten
country-other = Ergens anders

tz-amsterdam = Nederlandse tijd
tz-brussels = Belgische tijd
tz-london = Britse tijd
tz-new-york = Oostkust (New York)
tz-chicago = Centraal (Chicago)
tz-denver = Mountain (Denver)
tz-los-angeles = Westkust (Los Angeles)

## What Brug says when input does not fit. The conversation stays where it was.
input-choose = Kies een van de opties hieronder: { $platform ->
        [telegram] tik erop, of typ het nummer of de woorden.
        [matrix] typ het nummer of de woorden, of reageer erop met het nummer.
       *[other] typ het nummer of de woorden.
    }
input-out-of-range = Dat nummer staat er niet bij. Kies een nummer van 1 tot { $count }.
input-empty = Ik zie nog niets. Typ gerust iets, of kies een van de opties.
input-too-long = Dat is veel om in één keer te lezen. Kun je het korter zeggen, in een paar zinnen?
input-invalid-timezone = Die tijdzone ken ik niet. Typ een stad, zoals Amsterdam of Tokyo, of kies een van de opties.
input-invalid-time = Die tijd kan ik niet lezen. Typ hem zo: 20:30.
input-invalid-date = Die datum kan ik niet lezen. Typ hem zo: 24-12, of "morgen".
input-date-past = Die datum is al voorbij. Kies een dag vanaf vandaag.
error-unsaved = Sorry, er ging bij mij iets mis en ik kon je bericht niet bewaren. Wil je het over een paar minuten nog eens sturen?
input-unreadable = Ik kan alleen tekst lezen. Wil je het in woorden typen?
input-undecryptable = Je bericht kwam versleuteld aan, maar de sleutel om het te lezen bereikte me niet. Wil je het nog eens sturen?
button-stale = Deze knop werkt niet meer. Kies een optie bij mijn laatste bericht, of typ /menu.
command-unknown = Die opdracht ken ik niet. Typ /help om te zien wat ik kan.
flow-changed = Sorry, dit stuk van het gesprek is veranderd sinds je hier was. We beginnen het even opnieuw.
reminders-stopped = Goed, die vragen stuur ik niet meer. Je kunt altijd zelf terugkomen.
stop-done = Goed, we stoppen hier. Ik onthoud waar je was. Typ /menu wanneer je verder wilt.

## Helplines, one per line, filled from locales/helplines.toml.
# One helpline, one phrase: how to reach it (a phone first), whether that is free, when;
# then other ways ("chat at 113.nl"). `$more` is "none" when there are none.
helpline-entry =
    • { $name }: { $first }{ $free ->
        [yes] , gratis
       *[no] {""}
    }, { $hours }{ $more ->
        [none] {""}
       *[other] {" · "}{ $more }
    }
helpline-entry-for =
    • { $name }: { $first }{ $free ->
        [yes] , gratis
       *[no] {""}
    }, { $hours }{ $more ->
        [none] {""}
       *[other] {" · "}{ $more }
    }; { $for }
# Before the person has said where they live: the lines of the countries that fit their
# language, each group under its country.
helpline-country = { $country ->
        [NL] In Nederland:
        [BE] In België:
        [UK] In het Verenigd Koninkrijk:
        [US] In de VS:
       *[other] Elders:
    }
helpline-country-later = Als je me hebt verteld waar je woont, laat ik alleen de lijnen van jouw land zien.

## The terminal chat (`brug chat`): when the input ends (Ctrl-D).
chat-goodbye = Tot later. Kom gerust terug wanneer je wilt.
