beliefs-title = thoughts that keep you small
record-thought_check = fact or assumption
beliefs-intro = Sometimes there's a thought about yourself that colours everything, like "I don't matter" or "people always lose interest anyway". Then everything that happens seems to prove it. Someone gives you a short reply, and you know at once: there it is again.
beliefs-recognise = Does this sound familiar?
beliefs-not-really = Then this may not be the pattern that troubles you most, and that's good to know too. The menu has other topics that might fit better.
beliefs-offer = There's a short exercise for taking a closer look at a thought like that: is it a fact, or an assumption? It takes a few minutes. Shall we try it together?
beliefs-btn-start = Yes, let's start
beliefs-later = Fine. It's waiting in the menu whenever you like.
beliefs-moment = Think of a recent moment when you felt rejected or left out, even just a little. What happened? A few words are enough.
beliefs-thought =
    You wrote: "{ $moment }"
    What thought about yourself came up then? Write it down the way it sounded in your head.
beliefs-verdict =
    The thought: "{ $thought }"
    A fact is something anyone who was there could have seen or heard. An assumption is what your mind fills in by itself. Often they both feel just as real.
    Which is this one, do you think?
beliefs-btn-fact = A fact
beliefs-btn-assumption = An assumption
beliefs-btn-unsure = I don't know
beliefs-reflect =
    { $verdict ->
        [fact] That can be. Sometimes something really did happen, and it hurt. What it means, though, is often less certain than it feels.
        [assumption] Well spotted. Your mind filled something in, and it felt like the truth straight away. Noticing that is already a step.
       *[other] That's an honest answer. Often it's a mix. That's exactly when it helps to look at other possibilities.
    }
beliefs-other = What else could explain what happened? Think of one or two other possibilities, even if you don't quite believe them yet.
beliefs-btn-no-idea = I can't think of any
beliefs-hint =
    That's not strange; a fixed thought doesn't leave much room. A few things that often play a part: the other person was tired or busy, had something on their own mind, or didn't know what to say either.
    Does one of those fit, or does something else come to mind now?
beliefs-friend =
    That's a heavy thought to carry around as a fact. Let's look at it once more, gently.
    Imagine a good friend told you they thought this about themselves: "{ $thought }". What would you say to them?
beliefs-exception = And looking back: is there one moment, however small, that doesn't fit that thought? A time someone was glad you were there, or something that went well.
beliefs-btn-nothing-comes = Nothing comes to mind
beliefs-read-back-gentle =
    Let's put it side by side.
    The thought: { $thought }
    What you'd say to a friend: { $friend }
    A moment that doesn't fit: { $exception }
    The thought may stay for now. It just doesn't get the last word anymore.
beliefs-exception-none =
    That's okay. When a thought is this loud, it's hard to see past it. A moment that doesn't fit may still come to you later, and then it counts.
    What you'd say to a friend: { $friend }. You deserve those words too.
beliefs-read-back =
    Let's put it side by side.
    What happened: { $moment }
    The thought: { $thought }
    Another possibility: { $other }
    You don't have to let go of the old thought right away. What matters is that it's no longer the only explanation.
beliefs-read-back-short =
    Let's put it side by side.
    What happened: { $moment }
    The thought: { $thought }
    No other explanation came up this time, and that's okay. Just asking the question makes the thought a little less obvious.
beliefs-week-offer =
    One more thing, if you like. A thought like that mostly notices what proves it right. You can balance it by also noticing what goes against it: small kind things from other people.
    For a week, I could send you one short question each evening at eight: what kindness did you notice today? You never have to answer. Shall I do that?
beliefs-btn-week-yes = Yes, please do
beliefs-btn-week-no = I'd rather not
beliefs-week-yes = Done. For the next seven evenings you'll get a short question at eight. A few words are enough, and skipping an evening is always fine.
beliefs-week-no = That's completely fine. You can also just do it for yourself, without any messages.
beliefs-next-step =
    A small step for the coming days: when that thought shows up again, ask yourself: do I know this, or am I filling it in?
    What would you like to do now?
beliefs-btn-again = Look at another moment
