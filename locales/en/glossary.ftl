## /glossary: the words from the article, explained for a person, with an everyday example.

glossary-title = the glossary
glossary-list = A few words you'll come across with me, in plain language. Which one would you like explained?
glossary-btn-vulnerability = Vulnerability
glossary-btn-mindfulness = Mindfulness
glossary-btn-self-sabotage = Self-sabotage
glossary-btn-beliefs = Limiting beliefs
glossary-btn-validation = External validation
glossary-btn-other = Another word

glossary-vulnerability =
    Vulnerability
    Being vulnerable means letting someone see something real about you, without knowing how they'll respond. Not your whole story, just something true.

    For example: a friend asks how you are. Instead of "fine", you say: "Honestly, I've been feeling a bit alone lately." That's scary, and that's exactly what lets them come closer.
glossary-mindfulness =
    Mindfulness
    Mindfulness means keeping your attention on this moment, and noticing what's there without judging it straight away. Thoughts can come and go; you don't have to chase them.

    For example: you're lying awake thinking "nobody ever calls me". Instead of following that thought, you notice: there it is again. You feel your breath and the weight of the duvet. The thought is still there, but it pulls at you less.
glossary-self-sabotage =
    Self-sabotage
    Self-sabotage is getting in the way of something you actually want, without meaning to. Often it's a way of protecting yourself from disappointment.

    For example: you had a lovely evening with someone you've just met. The next day you leave their message unanswered, because "it won't go anywhere anyway". That keeps you from getting hurt, but also from letting something good grow.
glossary-beliefs =
    Limiting beliefs
    A limiting belief is a fixed idea about yourself or others that you take as true without checking it. It keeps you smaller than you need to be.

    For example: "I'm not interesting enough." With that thought in your head, a colleague who doesn't wave back looks like proof, when maybe she simply didn't see you.
glossary-validation =
    External validation
    External validation is approval from outside: likes, compliments, people agreeing with you. There's nothing wrong with it, but it isn't the same as real contact.

    For example: a photo of you gets lots of hearts, and still you feel alone that evening. Validation shows that people see you, but not yet that anyone knows you.
