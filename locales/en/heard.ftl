## Answers to what people type where Brug offered buttons: a reflection first, then what fits.
## Plain and warm; one idea a message; no diagnosis.

heard-title = what you told me
heard-feeling = { $feeling ->
    [lonely] It sounds lonely, those empty hours with no one around. That's hard, and you're not the only one who feels it.
    [sad] It sounds like you're feeling low. Thank you for telling me; you don't have to hide it here.
    [empty] It sounds like everything feels a bit empty right now. That can be heavy, even when nothing big has happened.
    [anxious] It sounds like something is making you tense or worried. Let's take it slowly.
    [angry] It sounds like something has really got to you. That anger makes sense.
    [tired] It sounds like you're worn out. Being tired makes everything feel heavier.
    [hopeful] It sounds like there's some hope in you today. That's good to hear.
    [grateful] It sounds like there's something you're grateful for. That's worth holding on to.
   *[other] Thank you for telling me how you feel.
}
heard-event = { $event ->
    [moved] It sounds like a lot has changed since you moved. A new place can be quiet for a long time.
    [loss] I'm sorry you lost someone. Missing them can make every day feel different.
    [retired] It sounds like life changed when work stopped. The days can feel long without the people you saw there.
    [breakup] It sounds like a relationship has ended. That can leave a big, quiet space.
    [new_job] It sounds like you've started somewhere new. That brings new people, and sometimes new loneliness too.
    [ill] It sounds like your health has been hard on you. Being ill can make the world feel smaller.
   *[other] Thank you for telling me what happened.
}
heard-topic = { $topic ->
    [vulnerability] It sounds like opening up to others doesn't come easily. Many people know that feeling.
    [beliefs] It sounds like you carry some harsh thoughts about yourself. Thoughts like that can feel like facts.
    [danger_pause] It sounds like you pull back when someone comes closer. It feels safe, but it can keep you on your own.
    [rumination] It sounds like your thoughts keep going round. That's tiring.
    [initiative] It sounds like you're often waiting for others to reach out. That waiting can feel long.
    [validation] It sounds like what others think weighs a lot for you.
    [old_wounds] It sounds like something from the past still hurts now.
    [reflection] It sounds like there's little room to stop and notice how you are.
    [community] It sounds like you miss a place where you belong.
   *[other] Thank you for telling me.
}
heard-judgement = That's a harsh thing to say about yourself. Thoughts like that can feel like plain facts, even when they're not the whole story.
heard-offer = { $offer ->
    [vulnerability] There's an exercise about sharing something small and sincere. Shall we try it together?
    [beliefs] There's an exercise about looking at such a thought: fact, or assumption? Shall we try it together?
    [danger_pause] There's an exercise for that moment: a short pause before you pull away. Shall we try it together?
    [rumination] There's an exercise for thoughts that keep turning: breathe, write, read back. Shall we try it together?
    [initiative] There's an exercise about taking one small first step yourself. Shall we try it together?
    [validation] There's an exercise about what truly matters to you. Shall we try it together?
    [old_wounds] There's a part about how help for old pain works. Shall we look at it together?
    [reflection] There's a short exercise about noticing how your day was. Shall we try it together?
    [community] There's a small challenge about easy contact close to home. Shall we try it together?
   *[other] Shall we look for an exercise that fits?
}
heard-btn-try = Yes, let's try
heard-btn-other = Something else
heard-btn-back = Back to where I was
heard-btn-not-now = Not now
heard-not-now = That's fine. I'm here whenever you want. You can also just tell me more.

heard-question-person = I'm Brug, a computer program, not a person. Nobody reads along while we talk. I can practise with you, and point you to people when you need them.
heard-question-data =
    Nobody reads along with what you write. { $consent ->
        [yes] You said I may keep your answers, so you can look back on them.
        [no] You'd rather I keep nothing: I remember your language, where we are and when you last wrote, never what you write.
       *[other] With your permission I keep your answers, so you can look back; without it only your language, where we are and when you last wrote, never what you write.
    } /export shows everything I keep, /forget deletes it all.
heard-question-what = I'm Brug: a chat companion with small exercises for when you feel lonely. I'm not a therapist, but someone to practise with, at your own pace.
heard-question-how = You can pick a topic below, or tell me in your own words what's on your mind; I'll suggest something that fits. /menu, /help and /stop work at any time.
heard-question-help =
    I'm a program, not a therapist, so talking with me is not therapy. Talking to a professional can really help. Your GP is a good first step: they can listen and refer you to a psychologist if that fits.
    Would you rather talk to someone right now? You can always reach:
    { $listen_lines }
heard-smalltalk-greeting = Hi, good to see you.
heard-smalltalk-thanks = You're welcome.
heard-smalltalk-how-are-you = I'm a program, so I don't have good or bad days, but thank you for asking. How are you?
heard-smalltalk-bye = Bye for now. I'm here whenever you want to come back.
heard-smalltalk-thanks-safety = You don't need to thank me. It took courage to write this, and I'm glad you did.
heard-smalltalk-bye-safety = Take good care of yourself. The numbers above answer day and night, and you can come back here whenever you want.
heard-doubt-doubt = That's fine, you don't have to know. You can pick something below, or just tell me what's on your mind.
heard-doubt-refusal = That's okay. You decide what we do, and nothing has to happen.
heard-doubt-anger = I hear that this isn't helping right now. That's fair: I'm a program and I don't always get it right. Tell me what you'd rather do, or pick something below.
heard-nothing = { $count ->
    [0] I'm not sure I understood. Would you tell me a bit more, or pick one of the options above by its number?
   *[other] I'm not sure I understood. Would you tell me a bit more, or pick one of these?
}

# "What is it?" where an exercise is offered after something heard: what the offered exercise
# involves, in a sentence or two (the offer is asked again below it).
heard-question-what-heard = { $offer ->
    [vulnerability] Together we prepare one small, honest message for someone: a sentence, a card or a short voice message. You decide whether and when to send it.
    [beliefs] You think of a recent moment when you felt left out, and look at the thought it brought: is it a fact, or an assumption? It takes a few minutes.
    [danger_pause] For the moment you want to pull away from someone: you pause first, and ask yourself one question. It takes a few minutes.
    [rumination] It has two parts. First two minutes of breathing, with a short cue from me every twenty seconds; you can stop whenever you like. Then you write down what's in your head, and read it back.
    [initiative] We pick one place or activity you go to regularly, where other people come too, and one first step you can actually take.
    [validation] We look at the difference between contact and approval, and at what you'd really like to share. It takes a few minutes.
    [old_wounds] I tell you how professional help with old hurt works and how to find it. Whether and when you do anything with it is up to you.
    [reflection] You write down how you felt today. Ten minutes is good, shorter is fine too, and there's no right or wrong.
    [community] One short, casual contact: not making a friend, just seeing someone and being seen. We pick one together.
   *[other] I'll look with you for an exercise that fits what you told me.
}
