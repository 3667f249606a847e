## The route: the nine patterns one a week (dialogues/route.yaml).

route-title = your route
route-line = Week { $n }: { $title }
route-needs-consent = A route runs over several weeks: I plan its messages and remember where you are. For that I need to keep your answers, and right now I only remember your language. Shall I keep them from now on? You can always see them with /export and delete them with /forget.
route-btn-keep = Yes, keep them
route-about = A route takes you through the nine patterns, one a week. On the first day of a week I tell you about that week's pattern and offer its exercise, halfway through comes a small step that fits it, and at the end of the week we look back together.
route-checkin-first = So that at the end we can see together what moved, we start with the check-in.
route-btn-no-checkin = Without the check-in
route-propose =
    This is the route I'd suggest, one pattern a week:

    { $route_list }

    { $route_basis ->
        [picked-checkin] { $route_lean ->
            [emotional] What you recognised comes first, then the patterns about letting someone close, because your check-in suggests you miss that most.
            [social] What you recognised comes first, then the patterns about reaching out, because your check-in suggests you miss people around you most.
            [even] What you recognised comes first, then the patterns about letting someone close and about reaching out, because your check-in points to both.
           *[other] What you recognised comes first; the rest follows the menu.
        }
        [picked] What you recognised comes first; the rest follows the menu.
        [checkin] { $route_lean ->
            [emotional] The patterns about letting someone close come first, because your check-in suggests you miss that most.
            [social] The patterns about reaching out come first, because your check-in suggests you miss people around you most.
            [even] The patterns about letting someone close and about reaching out come first, because your check-in points to both.
           *[other] Your check-in doesn't point anywhere in particular, so the order follows the menu.
        }
       *[other] Without a check-in or patterns you picked, the order simply follows the menu.
    }
route-propose-ask = Shall we go this way? You can also change the order or leave a week out.
route-btn-accept = Yes, let's go
route-btn-move = Change the order
route-btn-drop = Leave a week out
route-btn-menu = No, I'll use the menu
route-menu-instead = That's fine too. Every pattern is in the menu, and /route brings this back whenever you like.
route-move = Which pattern would you like next? It moves to the front, and the others move one week on.
route-drop = Which week shall I leave out? It stays in the menu, whenever you want it.
route-accepted = Good, we'll go this way. There's no hurry: if a week doesn't work out, the route simply waits for you.

## A week of the route.
route-day-one =
    Week { $route_week } of { $route_weeks }: { $route_title }.

    { $route_pattern ->
        [vulnerability] Many people keep what they feel to themselves, afraid of being judged or turned away. That feels safe, but it also keeps others at a distance. This week is about showing a little more of yourself, in small steps that feel safe enough.
        [beliefs] Thoughts like "nobody is waiting for me" or "I'm just not good with people" can feel like facts. They decide a lot without ever being checked. This week we take one such thought and look at it gently.
        [danger_pause] Sometimes you pull back just as contact comes closer: you cancel, go quiet, or find a reason why it won't work. This week is about noticing that moment and pausing to ask whether there is real danger, or whether something old is speaking.
        [rumination] Going over a conversation again and again, or replaying what went wrong, rarely brings an answer and often leaves you more alone with it. This week is about stepping out of that loop and back to what you can do.
        [initiative] Waiting until others get in touch can take a long time, and the silence easily feels like proof that nobody cares. This week is about one small step of your own: a place, a rhythm or a message.
        [validation] When you mostly do what others might like, contact can start to feel like an exam. This week is about noticing what you want yourself, and letting that count.
        [old_wounds] Old hurt, like being left out, let down or laughed at, can still shape how safe people feel today. This week is about giving that hurt some kind attention, and knowing where to find more help if it weighs heavily.
        [reflection] Between all the busy days it's easy to lose sight of how you are really doing. This week is about a short moment each day to check in with yourself, without judging what you find.
       *[other] A nod from a neighbour, a chat at the checkout, the regular at the same café: small contacts matter more than they seem. This week is about noticing them, and adding one.
    }
route-day-one-ask = Shall we start with this week's exercise?
route-btn-exercise = Start the exercise
route-midweek = Halfway through the week on "{ $route_title }". A small step that fits it: { $step }
route-midweek-ask = Would you like to try it this week?
route-btn-try = I'll give it a try
route-try = Good. However it goes, trying counts. At the end of the week we'll look back.
route-not-now = That's fine. The route waits for you; /route shows where you are.
route-look-back = The week on "{ $route_title }" is over. A short look back:
route-useful = How useful was this week for you?
route-btn-very = Very useful
route-btn-bit = A bit
route-btn-not = Not really
route-next-week = Thank you for looking back. Next up: "{ $route_title }". Its first message comes tomorrow.
route-halfway = You're halfway through your route. Time for the six check-in questions again: at the end we can then see how things moved.

## Where the route stands.
route-status =
    You're in week { $route_week } of { $route_weeks } of your route: { $route_title }.

    { $route_list }
route-status-ask = What would you like to do?
route-btn-my-route = To my route
route-btn-look-back = Look back on the week
route-btn-pause = Pause the route
route-btn-stop = Stop the route
route-paused-now = The route is paused. Until you pick it up again with /route, it sends you nothing.
route-paused = Your route is paused at week { $route_week }: "{ $route_title }". Shall we carry on?
route-btn-resume = Carry on
route-resumed = Good, we carry on where you were.
route-stop = Stop the route? What you did and wrote stays; only the route's messages stop.
route-btn-stop-yes = Yes, stop it
route-btn-stop-no = No, keep it
route-stopped = The route has stopped. The menu is always there, and /route starts a new one.
route-btn-back = Show me the route
route-btn-compare = See how it went

## The end of the route.
route-finish = That was the last week of your route. To see what moved, here are the six check-in questions one more time.
route-compare =
    { $compared ->
        [yes] Here is how your answers moved since the start. Missing someone close: { $emotional_before } of 3 then, { $emotional_after } of 3 now ({ $emotional_change ->
                [lower] a little less
                [higher] a little more
               *[other] about the same
            }; the scale calls that { $emotional_level ->
                [none] not lonely in this way
                [some] somewhat lonely in this way
               *[other] strongly lonely in this way
            }). Missing people around you: { $social_before } of 3 then, { $social_after } of 3 now ({ $social_change ->
                [lower] a little less
                [higher] a little more
               *[other] about the same
            }; the scale calls that { $social_level ->
                [none] not lonely in this way
                [some] somewhat lonely in this way
               *[other] strongly lonely in this way
            }). These are answers to six questions, not a verdict on you.
       *[other] To compare before and after I need a complete check-in from the start and one from now, and one of them is missing. That's all right: what you did in these weeks counts anyway.
    }
route-compare-useful =
    { $has_useful ->
        [yes] The weeks you found most useful: { $route_useful }.
       *[other] You didn't rate a week as useful, and that is good to know too.
    }
route-onward =
    Would you like to keep going in a lighter rhythm? Then I bring back { $has_useful ->
        [yes] the weeks you found most useful
       *[other] the route's patterns
    }, one every two weeks, without the midweek step.
route-btn-lighter = Yes, a lighter rhythm
route-lighter = Good. The first one comes tomorrow. /route shows where you are, and /progress how things are going.
route-again = You finished a route before. Would you like to start a new one?
route-btn-new = Yes, a new route

record-route_week = a week of your route (how useful it was)

view-route-week =
    { $done ->
        [0] The exercise on "{ $title }" is still waiting for you, whenever it suits you.
        [one] You did the exercise on "{ $title }" once this week.
       *[other] You did the exercise on "{ $title }" { $done } times this week.
    }
