## The crisis answer. Care first, then the lines. No exercise content, no emoji.

safety-title = help now
safety-message =
    What you're writing sounds really heavy. I'm glad you said it, and you don't have to carry this alone.
    Please talk to someone who is there for exactly this, day or night:
    { $helplines }
    If you are in immediate danger, call { $emergency }.
safety-after = I'm still here. Take your time. If you'd like to carry on later, that's fine.
safety-btn-lines-again = Show the numbers again
safety-btn-later = Later, where I was
safety-btn-rest = Nothing for now
safety-rest = Okay. I'm here whenever you like. Just type something.
