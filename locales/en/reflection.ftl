## Mechanism 8: self-reflection gets forgotten. A short daily write-up of "how did I feel today?".
## reflection-mood, -hard-day, -write, -read-back, -held and -kept are used by the journal flow too
## (a new entry).

reflection-title = checking in with yourself
reflection-intro =
    Lots of people are good at reading others: you sense what's expected and you adjust. What's going on inside you easily slips out of view, and so do the small habits that keep people at a distance. Think of always saying you're fine, or never asking for help.

    Lao Tzu put it this way, some 2,500 years ago: "Knowing others is intelligence; knowing yourself is true wisdom."
reflection-recognise = Does this sound familiar?
reflection-not-really = Then let's leave this one for now. Another topic might suit you better at the moment; feel free to look around the menu.
reflection-offer =
    There's a simple exercise for this: writing down how you felt today. Ten minutes is good, shorter is fine too. There's no right or wrong, and nobody is grading it.
    Shall we try it together now?
reflection-btn-start = Yes, let's write
reflection-later = That's fine. You can come back to it any time, tonight or next week.

reflection-settle = Take a moment for this. A quiet spot helps, but it's not essential. First a number, then the words.
reflection-mood = If 1 is a really hard day and 5 a really good one, which number fits today?
reflection-mood-1 = 1 · Really hard
reflection-mood-2 = 2 · Hard
reflection-mood-3 = 3 · So-so
reflection-mood-4 = 4 · Good
reflection-mood-5 = 5 · Really good
reflection-hard-day = A really hard day. I'm sorry it's been like this, and I'm glad you're here anyway.
reflection-write =
    Now for the question itself. Write whatever comes up: what happened, what touched you, what wore you out or cheered you up. It can be messy, and sentences don't need finishing. Take your time and send it when you're done.
    How did you feel today?
reflection-read-back =
    You wrote:
    "{ $entry }"
    Read it back slowly. Maybe something stands out: a feeling that keeps returning, or something you did without really noticing. Writing this down counts.
reflection-held = That was a lot to carry today, and you put it into words. Be gentle with yourself tonight. If it gets too heavy, /help has people you can talk to right now.
reflection-kept =
    { $consent ->
        [yes] I've put it in your journal, with today's number: { $mood }.
       *[other] You chose not to have me keep anything, so I won't remember this. The writing itself was what mattered.
    }

reflection-remind-offer =
    A small step for the days ahead: do this more often, ideally around the same time each day. It's by repeating it that you start to see what keeps coming back.
    Would you like a short reminder each day, at a time you choose?
reflection-btn-remind-yes = Yes, please
reflection-btn-remind-no = No, thanks
reflection-remind-time =
    Type a time, like 19:30 or 12:00.
    What time suits you best?
reflection-btn-remind-cancel = Never mind
reflection-remind-set = Okay, you'll hear from me every day at { $time }.{ $journal_in_quiet ->
        [yes] {" "}That's within your quiet hours, but you chose this time yourself, so that's when I'll send it.
       *[other] {""}
    } Just a short message, no obligation: if you skip a day, that's fine too. You can change it or turn it off any time with /nudges.
reflection-close =
    { $consent ->
        [yes] You'll find everything you write with /journal. It also shows how your week went.
       *[other] You can always come back to write, even though I don't keep anything.
    }
    Thanks for taking the time. What would you like to do now?
reflection-btn-journal = See my journal
