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
safety-heard =
    I'm reading along, and I'm glad you're still here with me. I'm a program, so I can't be there the way a person can. The people at these lines can, right now:
    { $helplines }
    In immediate danger? Call { $emergency }.
safety-later = Okay, we'll leave it for now. When you'd like to carry on, type /menu. From tomorrow I'll offer it again myself.
safety-past =
    Thank you for telling me. That sounds like it was a very dark time, and I'm glad you're here now.
    If it ever comes back, you can always talk to:
    { $helplines }

## A signal without clear intent: ask directly and calmly, as trained volunteers do.

safety_check-title = a question about how you are
safety_check-ask = Thank you for telling me. Some people who write something like this are thinking about ending their life. Are you?
safety_check-btn-yes = Yes
safety_check-btn-no = No
safety_check-btn-unsure = I'm not sure
safety_check-no = Thank you for answering. If that ever changes, tell me, and I'll show you who you can talk to, day or night. Then let's carry on.

## Violence at home, a child hurt, sexual violence, purging or starving. Care first, then the lines.

safeguard-title = help and safety
safeguard-violence =
    What you're describing is violence, and it's not your fault. You deserve to be safe at home.
    These people know about this and can help you think about what to do, also if you're not ready to leave:
    { $helplines }
    If you're in danger right now, call { $emergency }.
safeguard-child =
    Thank you for telling me. No child deserves to be hit or hurt, and telling someone is the right thing to do.
    These people listen and know what to do next:
    { $helplines }
    If someone is in danger right now, call { $emergency }.
safeguard-sexual =
    I'm sorry this happened to you. It's not your fault, whatever the circumstances.
    You can talk to people who know about this, also about what you could do now:
    { $helplines }
    If you're in danger or hurt right now, call { $emergency }.
safeguard-eating =
    Thank you for telling me. Making yourself sick or going without food can harm your body badly, and you deserve help with what's behind it.
    You can talk about it with:
    { $helplines }
    If you feel faint or unwell, call { $emergency } or see a doctor today.
safeguard-maybe =
    I may be reading this wrong, but what you write sounds like something heavy might be going on. If someone is hurting you or someone else, or eating has become a struggle, you don't have to carry it alone. These people can help, in confidence:
    { $helplines }
    If anyone is in danger right now, call { $emergency }. And I'm still here.
safeguard-after = I'm still here. Take your time. Whatever you decide, you don't have to work it out alone.
safeguard-heard =
    I'm reading along. I'm a program, so for real help the people at these lines can do more than I can:
    { $helplines }
    In danger right now? Call { $emergency }.
