rumination-title = stuck in your head
record-thought_note = thoughts written down
rumination-intro = Sometimes your thoughts just keep going round and round. You think about a conversation or about yourself, and instead of getting clearer it only gets heavier. Meanwhile everyone around you seems to carry on as usual.
rumination-recognise = Does this sound familiar?
rumination-not-really = Then that may not be where you are right now, and that's good. The menu has other topics to look at.
rumination-offer =
    There's an exercise in two parts. First, two minutes of breathing: I'll send you a short cue every twenty seconds, and you can stop whenever you like. Then you write down what's in your head, and read it back.
    Shall we start?
rumination-btn-start = Yes, let's start
rumination-btn-only-write = Just the writing
rumination-later = Fine. It's in the menu whenever you want to sit down for it.
rumination-breathe-1 = Sit comfortably and let your shoulders drop. You don't need to be anywhere right now. Breathe in gently through your nose, and let the breath go by itself.
rumination-breathe-2 = Breathe in while you count to four. Breathe out while you count to six. And once more.
rumination-breathe-3 = Notice where you feel your breath: in your belly, in your chest, or at your nose. You don't need to change anything.
rumination-breathe-4 = If your mind wanders off, that's part of it. Notice it, and gently come back with the next breath.
rumination-breathe-5 = Notice what you feel in your body right now: warmth, tension, tiredness. You don't need to do anything with it; just notice.
rumination-breathe-6 = A few more times: in, and slowly out again. Let each breath out last a little longer than the one before.
rumination-btn-stop = Stop here
rumination-breathe-done = That was two minutes. However it went, you took a moment to pause, and that's enough.
rumination-stopped =
    Okay, we'll stop the breathing. A few breaths count too.
    Would you like to write down your thoughts, or is this enough for now?
rumination-btn-write-now = Yes, let's write
rumination-btn-enough = Enough for now
rumination-enough = Fine. This is in the menu whenever you feel ready for it.
rumination-write =
    Now write down what's going through your head, just as it comes. It doesn't have to be tidy or make sense; half sentences are fine.
    What's on your mind right now?
rumination-read-back =
    You wrote:
    "{ $thoughts }"
    Read it back slowly, out loud if you can. As if someone else had written it.
rumination-question = Is this true, or is it mostly what you feel right now?
rumination-btn-true = It's true
rumination-btn-feeling = Mostly what I feel
rumination-btn-both = A bit of both
rumination-reflect =
    { $verdict ->
        [true] Then it deserves to be taken seriously. Even something true can be looked at with some kindness: it's part of your story, not the whole story.
        [feeling] Seeing that difference is worth a lot. A feeling is real, but it isn't proof. It's allowed to be there, and it will pass again.
       *[other] That's often how it is: there's something true in it, and the feeling makes it bigger. Just seeing that gives you a little room.
    }
rumination-close =
    A small step for later: when you notice yourself going round in circles again, breathe out slowly three times and ask yourself the same question. You don't need to know the answer straight away.
    Writing this down counts. What would you like to do now?
rumination-btn-again = Breathe again
