## Help, starting, continuing, language, /export and /forget.

help-title = the help page
help-about = I'm Brug, a chat companion to practise with on your own. I'm not a therapist or a counsellor, and I can't replace one.
help-commands =
    You can type these at any time:
    { $commands }
    Plain words work too, like "menu", "stop" or "help".
# One line of that list: a command as it is typed on this platform, and what it does.
help-command = { $platform ->
        [matrix] !{ $name }
       *[other] /{ $name }
    }: { $description }
help-lines =
    Would you like to talk to a person? Someone will listen here, also when you simply feel lonely or low:
    { $listen_lines }
    Your doctor (GP) can think along with you too.

group-invite =
    Hi. In a group I don't do exercises or keep anything: others can read what you write here.
    Would you like to talk? We can, just the two of us: { $link }

moved-private =
    The room where we talked has other people in it now. What you tell me and what I send you stays between the two of us, so I opened this new chat for us.
    Shall we go on here? Anything I still had for you follows below.

moved-upgrade = I followed you to the new room. We go on where we were.

start-title = the start
start-welcome-back = Good to see you again.

resume-title = carrying on
resume-offer = Earlier you were working on { $topic }. Would you like to carry on where you were, or start over?

language-title = the language
language-pick = Welke taal wil je? Which language would you like?
language-done = Okay, from now on we'll speak English.

forget-title = deleting everything
forget-confirm = Do you want me to delete everything I know about you? Your answers, your settings and where you were. I can't bring it back afterwards.
forget-btn-yes = Yes, delete it all
forget-btn-no = No, keep it
forget-done = Done. I've deleted everything about you. If you ever come back, we'll simply start afresh.
forget-kept = Okay, I won't delete anything.

export-summary =
    This is what I keep about you:
    • { $records } answers from exercises: { $kinds }
    • country: { $country ->
        [none] not kept
       *[other] { $country }
    }, time zone: { $tz ->
        [none] not kept
       *[other] { $tz }
    }
    • permission to keep answers: { $consent ->
        [yes] yes
       *[other] no
    }
    • times I gave you helplines: { $safety }
    • { $reminders ->
        [one] 1 reminder or message waiting to be sent
       *[other] { $reminders } reminders and messages waiting to be sent
    }
export-document = And here is a file with everything, exactly as I keep it ({ $file }).
# The terminal writes the export to a file that only this computer account can read.
export-saved = I've saved it in { $path }. Only your account on this computer can read it.
# /forget in the terminal also deletes the export files it wrote.
export-deleted = I've also deleted the file with everything I kept about you ({ $path }).
language-switch-ask = You seem to be writing in Dutch. Zullen we verder in het Nederlands? Shall we carry on in Dutch?
language-switch-yes = Ja, in het Nederlands
language-switch-no = No, stay in English

flood-reading-along = A lot of messages are coming in at once. I'm reading along, and in a moment I'll reply to your most recent one.
