## Mechanism 9: community underestimated. One small, casual contact, made concrete.

community-title = small contacts
community-intro = These days you can do nearly everything from home: work, shopping, watching a film. It's easy, but weeks can slip by without you really talking to anyone. And it's often the small, casual contacts that make you feel you belong somewhere.
community-recognise = Does this sound familiar?
community-not-really = Then you may already have more small contacts than you think, and that's good. There are other topics in the menu.
community-offer = Then here's a small challenge: one short, casual contact. Not making a friend, just seeing someone and being seen. Shall we pick one together?
community-btn-start = Yes, let's pick
community-later = That's fine. It'll be waiting in the menu whenever you like.

community-choose =
    It can be small, almost too small. That's what makes it easier to start.
    Pick one, or type your own. What would you like to try?
community-btn-neighbour = Greet a neighbour
community-btn-chat = A quick chat
community-btn-return = The same place again
community-btn-other = My own idea
community-own = A few words are enough. What would you like to try?

community-concrete =
    { $challenge ->
        [neighbour] Greeting a neighbour, then. A nod or a "morning" is plenty. For example: "say hello to the woman with the dog next door".
        [chat] A quick chat, then: at the coffee machine, the till or the bakery. A word about the weather or the queue is a fine start. For example: "ask the cashier how her day is going".
        [return] Going back to the same place at the same time, then: the market, the pool, a bench in the park. After a few visits you'll recognise faces, and saying hello starts to come naturally. For example: "coffee at the same café every Saturday at ten".
       *[other] You'd like to try: "{ $challenge }". The smaller and more concrete, the easier it gets.
    }
    A few words are enough. What exactly will you do?
community-where =
    So: "{ $what }".
    Think of a place like the stairwell, work or the supermarket. Where will it happen?
community-when =
    Type a date like 5-12 (day first), or a word like "tomorrow" or "in 3 days". If you don't know a day yet, that's fine too.
    When would you like to try it?
community-btn-no-date = No date yet

community-readback =
    Here's your challenge:
    • What: { $what }
    • Where: { $where }
    • When: { $when ->
        [none] no date yet
       *[other] { $when }
    }
    Is that right?
community-btn-right = Yes, that's right
community-btn-change = Change something
community-ask-remind =
    On that day I can send you a short message to ask how it went. You don't have to do anything with it.
    Would you like that?
community-btn-remind-yes = Yes, please
community-btn-remind-no = Rather not

community-kept-remind =
    { $consent ->
        [yes] Agreed. I've kept your challenge, and on { $when } I'll ask how it went.
       *[other] Agreed: on { $when } I'll ask how it went. I'm not keeping your words, as you chose, so you might want to put it in your calendar too.
    }
    If it turns out differently, or happens a day later, that's okay too.
community-kept =
    { $consent ->
        [yes] Okay, I've kept your challenge.
       *[other] Okay. I'm not keeping your words, as you chose, so you might want to put it in your calendar or on a note.
    }
    If it turns out differently, or happens a day later, that's okay too.
community-kept-open =
    { $consent ->
        [yes] Okay, I've kept your challenge, without a date for now.
       *[other] Okay. I'm not keeping your words, as you chose, so you might want to write it down somewhere.
    }
    Maybe the chance will simply come along. Take it then, or plan it here again later.

community-close =
    A small contact like this may seem like nothing. But it's how a street or a place slowly becomes a little bit yours. Taking the time for this counts.
    What would you like to do now?
community-btn-done = That's it for now
community-bye = Take care. Type /menu whenever you want to come back.
