onboarding-title = getting to know each other
# The same two-language question in both locales: the language is not known yet.
onboarding-language =
    Hoi, ik ben Brug. Hi, I'm Brug.
    In welke taal wil je praten? Which language would you like?
onboarding-welcome = Hi, I'm Brug. I'm glad you're here.
onboarding-about =
    I'm a chat companion for times when you feel lonely. Together we look at patterns that can keep you at a distance from others, with small exercises and, now and then, a gentle nudge.

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

    If you say no, the exercises work just as well. I'll remember only your language and forget the rest after our conversation.
    Shall I keep your answers?
onboarding-kept = Thank you. You can undo this any time with /forget.
onboarding-not-kept = That's completely fine. I'll remember only your language.
onboarding-country = Which country do you live in? Then I know which helplines fit you.
onboarding-timezone =
    Which time zone are you in? Then I'll never send you anything in the middle of the night.
    Pick one below, or type the name of your city.
onboarding-done = That's it. Pick wherever you'd like to start; there's no right or wrong order.
onboarding-patterns =
    Which of these do you recognise in yourself? Tap as many as you like, and tap again to undo. I'll start with those.
    Tap "Done" when you're ready.
onboarding-btn-patterns-done = Done
onboarding-checkin-offer = Would you like to answer six short questions about how connected you feel? It takes about a minute. Later on, you can see whether anything changes.
onboarding-btn-checkin = Yes, let's do it
onboarding-nudges =
    Shall I send you a gentle message now and then? Once a week a look back, on Sunday, and after a month the question whether you'd like to do the short check-in again. Never at night, and at most two a day.
    With /nudges you can later choose exactly what and when, or turn them off.
onboarding-btn-nudges-yes = Yes, that's fine
onboarding-btn-nudges-no = No, rather not
