## /faq: the article's five questions, in Brug's own words, each with a button to the exercise.

faq-title = the common questions
faq-list = Five questions that often come up. Which one would you like to read?
faq-btn-vulnerability = Why vulnerability?
faq-btn-beliefs = Changing beliefs
faq-btn-self-sabotage = What's self-sabotage?
faq-btn-mindfulness = Mindfulness and worry
faq-btn-initiative = Why go first?
faq-btn-exercise = Try the exercise
faq-btn-other = Another question

faq-vulnerability =
    Why does being vulnerable matter so much when you feel lonely?

    Because people only really get to know you when you show something of yourself. As long as you keep everything neat and safe, others can be kind to you, but they stay on the outside.

    It doesn't have to be big. One honest sentence, or a feeling said out loud, is enough. People often respond more warmly than you expected, and then show something of themselves too.
faq-beliefs =
    How do limiting beliefs keep you lonely, and how do you change them?

    A belief like "I don't belong" works like a pair of glasses: you mostly see what fits it. A silence or a cancelled plan seems to prove it. So you pull back, and contact gets harder and harder.

    Change starts with noticing. Is this a fact, or an assumption? And can you also see what doesn't fit, like someone who says hello or really listens to you? You don't have to believe it straight away; seeing it is enough.
faq-self-sabotage =
    What is self-sabotage, and how do you keep it from harming your relationships?

    Self-sabotage is putting a relationship under strain before anything has gone wrong: you stop replying, pick a fight or drop out. Usually it's protection: better to leave first than to be left later.

    What helps is a pause at the moment you feel that urge. Ask yourself where your reaction comes from: from what's happening now, or from something in the past? That question gives you room to choose differently.
faq-mindfulness =
    How does mindfulness help when you're stuck in negative thoughts?

    Mindfulness teaches you to look at your thoughts instead of going along with them. A thought like "nobody misses me" becomes something passing through, not automatically the truth.

    When you pause for what's here right now (your breath, the sounds around you), a little room opens up between you and your thoughts. From there you can look at yourself more gently, and see that you're less stuck than it felt.
faq-initiative =
    Why take the first step, instead of waiting for contact to come to you?

    Because contact rarely comes to you on its own. Waiting for the right moment or the right person feels safe, but meanwhile not much happens.

    A small step, like sending a message or going somewhere, makes meeting someone more likely. And it gives you back something loneliness often takes away: the feeling that you can do something yourself.
