## The check-in: the six statements of the De Jong Gierveld loneliness scale.
# Source: De Jong Gierveld, J., & Van Tilburg, T. (2006). A 6-item scale for overall, emotional,
# and social loneliness: Confirmatory tests on survey data. Research on Aging, 28(5), 582-598.
# The statements checkin-q1 to checkin-q6 are as published (English version); don't change
# them. q1-q3 are about emotional loneliness, q4-q6 about social loneliness; they are asked in
# the published order, alternating (q1, q4, q2, q5, q3, q6: see dialogues/checkin.yaml), so
# each text says its place in that order. Cut-offs and the parts in words: computations.py.

checkin-title = the check-in
record-checkin = check-ins
checkin-intro =
    This check-in is six short statements about how things have been for you lately. It takes about a minute. There are no right or wrong answers, and you can skip any statement.

    It's a well-known questionnaire from research on loneliness. The result is an indication, not a diagnosis. { $consent ->
        [yes] I'll keep your answers, so you can see later whether anything changes.
       *[other] You chose not to have me keep anything, so I won't hold on to your answers.
    }
    Shall we start?
checkin-btn-start = Yes, let's start
checkin-later = That's fine. Type /checkin whenever it suits you.
checkin-how = For each statement, pick what fits best with how things have been for you lately.
checkin-btn-more = More or less
checkin-btn-no = No

checkin-q1 =
    Statement 1 of 6:
    I experience a general sense of emptiness
checkin-q4 =
    Statement 2 of 6:
    There are plenty of people I can rely on when I have problems
checkin-q2 =
    Statement 3 of 6:
    I miss having people around
checkin-q5 =
    Statement 4 of 6:
    There are many people I can trust completely
checkin-q3 =
    Statement 5 of 6:
    I often feel rejected
checkin-q6 =
    Statement 6 of 6:
    There are enough people I feel close to

checkin-result =
    { $band ->
        [none] Thank you. Your answers suggest you feel little or no loneliness at the moment ({ $total } out of 6). It's good that there are people around you.
        [moderate] Thank you. Your answers suggest some loneliness ({ $total } out of 6). That's very common, and it can change again. Small steps often make more of a difference than you'd think.
        [severe] Thank you for answering so honestly. Your answers suggest you're feeling very lonely at the moment ({ $total } out of 6). That's heavy to carry, and you don't have to carry it alone.
            Talking can help: with someone you trust, or with { $country ->
            [US] your doctor
           *[other] your GP
        }, who will listen even if it's "only" loneliness.
       *[unknown] Thank you. Because a statement was skipped, there's no total this time. That's completely fine; skipping is always okay.
    }
    About closeness (the emotional part, statements 1, 3 and 5): { $emotional_level ->
        [none] your answers don't suggest you're missing a close bond ({ $emotional } out of 3).
        [some] your answers suggest you miss a close bond somewhat ({ $emotional } out of 3).
        [strong] your answers suggest you strongly miss a close bond ({ $emotional } out of 3).
       *[unknown] a statement was skipped, so I can't score this part.
    }
    About the people around you (the social part, statements 2, 4 and 6): { $social_level ->
        [none] your answers suggest there are enough people around you ({ $social } out of 3).
        [some] your answers suggest you miss a wider circle of people somewhat ({ $social } out of 3).
        [strong] your answers suggest you strongly miss a wider circle of people ({ $social } out of 3).
       *[unknown] a statement was skipped, so I can't score this part.
    }
    { $trend ->
        [lower] Last time you came out at { $previous }. It's lower now, so maybe you feel a little less alone than you did then.
        [higher] Last time you came out at { $previous }. It's higher now; maybe things are harder at the moment. It's good that you took a moment to look.
        [same] That's the same as last time.
        [first] { $consent ->
            [yes] If you do the check-in again later, you can see whether anything shifts.
           *[other] This is just for now; I won't remember the result.
        }
       *[unknown] Comparing with last time isn't possible this time.
    }
checkin-suggest =
    { $band ->
        [none] Maybe "Checking in with yourself" is something for now: writing down how your day was, and noticing what you're doing well.
        [moderate] Small, everyday contacts often matter more than you'd expect. That's what the topic "Small contacts" is about.
        [severe] "Old hurt and getting help" explains how help from a doctor, therapist or coach works, and how to find it. No pressure: you decide what to do with it.
       *[unknown] Maybe a small step for today would be a nice place to start.
    }
    What would you like to do now?
checkin-btn-reflection = Checking in with yourself
checkin-btn-community = Small contacts
checkin-btn-help = Old hurt and getting help
checkin-btn-small-step = A small step
