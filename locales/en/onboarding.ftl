onboarding-title = getting to know each other
# The same two-language question in both locales: the language is not known yet.
onboarding-language =
    Hoi, ik ben Brug. Hi, I'm Brug.
    In welke taal wil je praten? Which language would you like?
onboarding-welcome = Hi, I'm Brug. I'm glad you're here.
onboarding-about =
    I'm a chat companion for times when you feel lonely: a computer program, not a person. Together we look at patterns that can keep you at a distance from others, with small exercises and, now and then, a gentle nudge.

    I'm not a therapist and not an emergency service. If things are really hard, or you'd like to talk to a person, I'll show you where to go. Type /help any time.
onboarding-btn-help-now = I need help now
onboarding-help-now =
    Then a person can help you better than I can. You can reach them here:
    { $helplines }
    Your doctor (GP) can help you further too. I'll be here if you'd like to talk afterwards.
onboarding-consent =
    May I keep what you write in the exercises? Then you can read it back later, and I can remind you of what you planned.

    Only you see it. /export shows you everything I have, and /forget deletes it.
onboarding-btn-keep = Yes, keep it
onboarding-btn-dont-keep = No, rather not
onboarding-consent-more =
    I keep only what's needed: your answers in exercises, your country (for the right helplines) and your time zone (so messages come at a good moment). I share nothing with anyone.

    If you say no, the exercises work just as well. Then I keep your language, where we are while we talk and when you last wrote (so that I never answer the same message twice), never what you write; the rest I forget after our conversation. Then I send no messages in between, only a reminder you ask for, and of that I keep only the day.
    Shall I keep your answers?
onboarding-kept = Thank you. You can undo this any time with /forget.
onboarding-not-kept = That's completely fine. I'll remember only your language, and where we are while we talk, never what you write.
onboarding-country = Which country do you live in? Then I know which helplines fit you.
onboarding-timezone =
    Which time zone are you in? Then I'll never send you anything in the middle of the night.
    Pick one below, or type the name of your city.
onboarding-done = That's it. Pick wherever you'd like to start; there's no right or wrong order.
onboarding-patterns =
    Which of these do you recognise in yourself? { $platform ->
        [telegram]
            Tap as many as you like, and tap again to undo. I'll start with those.
            Tap "Done" when you're ready.
        [matrix]
            Type the numbers of as many as you like, or react with them; doing it again takes one off. I'll start with those.
            Pick "Done" when you're ready.
       *[other]
            Type the numbers of as many as you like, like "2 5"; typing a number again takes it off. I'll start with those.
            Type the number of "Done" when you're ready.
    }
onboarding-btn-patterns-done = Done
onboarding-timezone-check = So that's { $tz_place } time, where it's { $tz_clock } now. Is that right?
onboarding-btn-timezone-yes = Yes, that's right
onboarding-btn-timezone-no = No, another one
# The promise of onboarding-patterns kept: the first pattern the person chose.
onboarding-first-pattern =
    Let's start with something you recognised in yourself: “{ $pattern ->
         [vulnerability] { menu-vulnerability }
         [beliefs] { menu-beliefs }
         [danger_pause] { menu-danger-pause }
         [rumination] { menu-rumination }
         [initiative] { menu-initiative }
         [validation] { menu-validation }
         [old_wounds] { menu-old-wounds }
         [reflection] { menu-reflection }
        *[community] { menu-community }
    }”. The other topics stay in the menu, and a short check-in is there whenever you like (/checkin).
    Shall we take a look at it together?
onboarding-btn-begin = Yes, let's begin
onboarding-checkin-lead = You haven't picked anything yet, and that's fine. A short check-in can help to see where you might start.
onboarding-nudges =
    { $consent ->
        [no]
            Gentle messages in between, like a weekly look back, I can only send if I keep a plan and your time zone. As you'd rather I keep nothing, I won't send you messages: come by whenever you like.
            Or shall I keep your answers after all?
       *[other]
            Shall I send you a gentle message now and then? Once a week a look back, on Sunday, and once a month the question whether you'd like to do the short check-in. Never at night, and at most two a day.
            With /nudges you can later choose exactly what and when, or turn them off.
    }
onboarding-btn-nudges-yes = Yes, that's fine
onboarding-btn-nudges-no = No, rather not
onboarding-btn-keep-after-all = Keep it after all
onboarding-btn-no-nudges = No messages, that's fine
onboarding-route-offer = One more thing. I can walk with you week by week: one pattern a week, starting with what you said sounds familiar, with a short message a few times a week. Would you like me to propose such a route?
onboarding-btn-route = Yes, propose a route
onboarding-btn-no-route = No, I'll choose myself
