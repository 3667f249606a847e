danger_pause-title = the pause: real danger, or something old?
record-danger_pause = pause exercise
danger_pause-intro = Sometimes you pull back just when someone comes closer. You stop replying, pick a fight, or end it before the other person can. It feels safe, but it also keeps you on your own.
danger_pause-recognise = Does this sound familiar?
danger_pause-not-really = Then this may not be your pattern, and that's good to know too. There are eight other topics in the menu.
danger_pause-offer = There's a short exercise for moments like that: pausing before you pull away, and asking yourself one question. It takes a few minutes. Shall we try it together?
danger_pause-btn-start = Yes, let's start
danger_pause-later = Fine. It's waiting in the menu whenever you like.
danger_pause-slow-down =
    First, slow down. You don't have to decide or send anything right now. Take one deep breath in, and let it out slowly.
    Let me know when you're ready.
danger_pause-btn-ready = I'm here
danger_pause-describe = Think of a moment when you wanted to pull away, now or recently. What happened? A few words are enough.
danger_pause-urge = Thank you. And what did you most feel like doing then? For example not replying, saying something sharp, or walking away.
danger_pause-question =
    You wrote: "{ $moment }"
    Now the question that matters: is there real danger here? Or are you mostly feeling something from the past that's stirring again?
danger_pause-btn-real = Real danger
danger_pause-btn-old = Something old
danger_pause-btn-unsure = I don't know
danger_pause-real =
    Then it's right to protect yourself; being safe comes first. Keeping your distance from someone who truly hurts you isn't sabotage. It's taking care of yourself.
    If you're in danger now, go somewhere safe and call { $emergency }. If it's someone at home, these people can help you think about what to do:
    { $violence_lines }
danger_pause-old = That takes courage to see. An old feeling can feel very real, even when today's situation is different. You don't have to push it away; noticing it already helps.
danger_pause-unsure = That's an honest answer. Often it's a bit of both. That's exactly when it helps to wait a moment before you act.
danger_pause-write = Write down in a sentence or two what you notice in yourself right now. Not what the other person did, but what's happening in you.
danger_pause-ask-instead =
    One more step. We often jump to a conclusion ("she must find me annoying") when we could ask something instead ("I noticed you were quiet. Is everything okay?").
    What question could you ask the other person?
danger_pause-btn-no-question = I can't think of one
danger_pause-share = Is there someone you trust who you could share this with?
danger_pause-btn-share-yes = Yes, there is
danger_pause-btn-share-maybe = Maybe
danger_pause-btn-share-no = Not now
danger_pause-close =
    { $share ->
        [yes] I'm glad there's someone. Maybe you could share it with them this week, just in a few words.
       *[other] That doesn't have to happen right away. Writing down what you noticed is already a step.
    }
    You paused instead of walking away. That counts, even if it felt uncomfortable.
danger_pause-next-step =
    A small step for the coming days: when you notice the urge to pull away, say "pause" to yourself and ask: real danger, or something old?
    What would you like to do now?
danger_pause-btn-again = Look at another moment
