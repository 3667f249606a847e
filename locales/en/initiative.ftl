## Mechanism 5: waiting for connection to come by itself. Pick a place or rhythm, and a first step.

initiative-title = taking the first step
initiative-intro = Maybe you're waiting for the right moment, or for someone else to make the first move. That makes sense: going first feels exposed. But while you wait, things often stay quiet.
initiative-recognise = Does this sound familiar?
initiative-not-really = Then this may not be what's holding you back, and that's good to know too. There are other topics in the menu.
initiative-offer = Connection often grows in places you go to regularly, where other people come too. We could pick one place or activity together, and a first step you can actually take. Shall we?
initiative-btn-start = Yes, let's pick
initiative-later = That's fine. It'll be waiting in the menu whenever you like.

initiative-choose =
    It doesn't have to be big. What counts is a place or a regular rhythm where you meet other people, ideally more than once.
    Pick one below, or type your own. What appeals to you most?
initiative-btn-course = A course
initiative-btn-talk = A talk or lecture
initiative-btn-volunteer = Volunteering
initiative-btn-regular = Same place, same time
initiative-btn-other = Something else
initiative-own = A few words are enough. What do you have in mind?

initiative-step =
    { $kind ->
        [course] A course, then: you learn something, and you see the same faces each time. A first step could be looking at what your community centre or library offers.
        [talk] A talk, then: you don't have to say much, and there's often time for a chat afterwards. A first step could be checking your library's events page.
        [volunteer] Volunteering, then: when you do something together, conversation tends to come more easily. A first step could be looking up volunteering opportunities near you.
        [regular] The same place at the same time, then, like a café or the library. After a few visits, faces start to look familiar. A first step could be choosing which place, and which morning.
       *[other] You were thinking of: "{ $kind }". A first step can be something small, like looking something up or sending someone a message.
    }
    In your own words: what's your first step?
initiative-where =
    Your first step: "{ $what }".
    A name or a place is enough, or "at home" if you can sort it out from there. Where will you do it?
initiative-when =
    With a day attached, it's no longer "some day". Type a date like 5-12 (day first), or a word like "tomorrow" or "in 3 days". If you don't know a day yet, that's fine too.
    When would you like to do it?
initiative-btn-no-date = No date yet

initiative-readback =
    Here's your plan:
    • What: { $what }
    • Where: { $where }
    • When: { $when ->
        [none] no date yet
       *[other] { $when }
    }
    Is that right?
initiative-btn-right = Yes, that's right
initiative-btn-change = Change something
initiative-ask-remind =
    On that day I can send you a short message to ask how it went. You don't have to do anything with it.
    Would you like that?
initiative-btn-remind-yes = Yes, please
initiative-btn-remind-no = Rather not

initiative-kept-remind =
    { $consent ->
        [yes] Agreed. I've kept your plan, and on { $when } I'll ask how it went.
       *[other] Agreed: on { $when } I'll ask how it went. I'm not keeping your words, as you chose, so you might want to put the plan in your calendar too.
    }
    If things turn out differently, that's okay. Plans are allowed to move.
initiative-kept =
    { $consent ->
        [yes] Okay, I've kept your plan.
       *[other] Okay. I'm not keeping your words, as you chose, so you might want to put the plan in your calendar or on a note.
    }
    If things turn out differently, that's okay. Plans are allowed to move.
initiative-kept-open =
    { $consent ->
        [yes] Okay, I've kept your plan, without a date for now.
       *[other] Okay. I'm not keeping your words, as you chose, so you might want to write the plan down somewhere.
    }
    If you think of a day later, you can plan it here again any time.

initiative-close =
    Choosing a place and taking a first step towards it: that's how connection usually starts, small and ordinary. Taking the time for this counts.
    What would you like to do now?
initiative-btn-done = That's it for now
initiative-bye = Take care. Type /menu whenever you want to come back.
