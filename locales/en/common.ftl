## Words and buttons that many flows share.

btn-yes = Yes
btn-a-bit = A bit
btn-not-really = Not really
btn-go-on = Go on
btn-not-now = Not now
btn-later = Later
btn-menu = To the menu
btn-continue = Carry on where I was
btn-start-over = Start over
btn-tell-more = Tell me more
btn-skip = Skip

## Typed words that count as a kind of answer (comma-separated; both languages are read).
means-yes = yes, y, yeah, yep, sure, ok, okay, fine, please
means-no = no, n, nope, no thanks, rather not
means-later = later, not now, another time
means-bit = bit, a bit, a little, sometimes, kind of
means-unsure = not sure, unsure, maybe, i dont know, dont know, idk, no idea, perhaps

language-dutch = Nederlands
language-english = English

country-nl = The Netherlands
country-be = Belgium
country-uk = United Kingdom
country-us = United States
country-other = Somewhere else

tz-amsterdam = Dutch time
tz-brussels = Belgian time
tz-london = UK time
tz-new-york = Eastern (New York)
tz-chicago = Central (Chicago)
tz-denver = Mountain (Denver)
tz-los-angeles = Pacific (Los Angeles)

## What Brug says when input does not fit. The conversation stays where it was.
input-choose = Pick one of the options below: { $platform ->
        [telegram] tap it, or type its number or words.
        [matrix] type its number or words, or react to it with its number.
       *[other] type its number or words.
    }
input-out-of-range = That number isn't on the list. Pick a number from 1 to { $count }.
input-empty = I don't see anything yet. Type whatever you like, or pick one of the options.
input-too-long = That's a lot to read in one go. Could you say it more briefly, in a few sentences?
input-invalid-timezone = I don't know that time zone. Type a city, like London or Tokyo, or pick one of the options.
input-invalid-time = I can't read that time. Type it like this: 20:30.
input-invalid-date = I can't read that date. Type it like this: 24-12, or "tomorrow".
input-date-past = That date has passed. Pick a day from today on.
error-unsaved = Sorry, something went wrong on my side and I couldn't keep your message. Would you send it again in a few minutes?
input-unreadable = I can only read text. Would you put it into words?
input-undecryptable = Your message arrived encrypted, but the key to read it never reached me. Would you send it again?
button-stale = That button no longer works. Pick an option under my last message, or type /menu.
command-unknown = I don't know that command. Type /help to see what I can do.
flow-changed = Sorry, this part of our conversation has changed since you were here. Let's start it again.
reminders-stopped = Okay, I won't send those questions any more. You can always come back yourself.
stop-done = Okay, we'll stop here. I'll remember where you were. Type /menu whenever you want to go on.

## Helplines, one per line, filled from locales/helplines.toml.
# One helpline, one phrase: how to reach it (a phone first), whether that is free, when;
# then other ways ("chat at 113.nl"). `$more` is "none" when there are none.
helpline-entry =
    • { $name }: { $first }{ $free ->
        [yes] , free
       *[no] {""}
    }, { $hours }{ $more ->
        [none] {""}
       *[other] {" · "}{ $more }
    }
helpline-entry-for =
    • { $name }: { $first }{ $free ->
        [yes] , free
       *[no] {""}
    }, { $hours }{ $more ->
        [none] {""}
       *[other] {" · "}{ $more }
    }; { $for }
# Before the person has said where they live: the lines of the countries that fit their
# language, each group under its country.
helpline-country = { $country ->
        [NL] In the Netherlands:
        [BE] In Belgium:
        [UK] In the UK:
        [US] In the US:
       *[other] Elsewhere:
    }
helpline-country-later = When you've told me where you live, I'll show just the lines for your country.

## The terminal chat (`brug chat`): when the input ends (Ctrl-D).
chat-goodbye = Bye for now. Come back whenever you like.
