## Mechanism 6: looking for approval instead of contact. What truly matters, and who you share it with.

validation-title = contact or approval
record-values = what matters to you
validation-intro = Sometimes you share something mostly to see how it lands: how many hearts, who responds. That feels good for a moment, but it fades quickly. Being liked for how things look from the outside isn't the same as being truly known.
validation-recognise = Does this sound familiar?
validation-not-really = Then your pattern may lie elsewhere, and that's good to know too. There are other topics in the menu.
validation-offer = We could look together at the difference between contact and approval, and at what you'd really like to share. It takes a few minutes. Shall we try?
validation-btn-start = Yes, let's look
validation-later = That's fine. It'll be waiting in the menu whenever you like.

validation-difference =
    Looking for approval might be posting a photo and checking again and again how many likes it's got. Looking for contact is telling someone something that really matters to you, even when you don't know how they'll take it.
    One isn't wrong and the other right; everyone likes a thumbs-up now and then. But it's mostly the second that brings you closer to someone.
validation-last-time = Think of the last time you showed something of yourself, online or in person. What were you mostly looking for?
validation-btn-contact = Mostly contact
validation-btn-approval = Mostly approval
validation-btn-both = Both
validation-btn-unsure = I don't know
validation-reflect =
    { $sought ->
        [contact] Then you already know that feeling: sharing because you really want to reach the other person. That's something to build on.
        [approval] That's honest of you to see. Wanting approval is very human, and noticing it already helps.
        [both] That's often how it goes: the two get mixed up. Just seeing the difference makes choosing easier.
       *[other] That's an honest answer too. The line isn't always sharp, and you don't need to know right now.
    }

validation-matters =
    The psychiatrist Carl Jung put it roughly like this: "Loneliness doesn't come from having no one around you, but from being unable to share what feels important to you."
    A few words are enough. What truly matters to you: something you care about, something on your mind, or something you've wanted to say for a long time?
validation-share-how =
    You wrote: "{ $matters }"
    Think of one person, and a way that suits you: a message, a call, or just when you see each other.
    Who could you share this with, and how?
validation-readback =
    Here's what you wrote:
    • What matters to you: { $matters }
    • How you'll share it: { $share_how }
    Is that right?
validation-btn-right = Yes, that's right
validation-btn-change = Change something
validation-kept =
    { $consent ->
        [yes] I've kept it. Writing this down counts.
       *[other] I'm not keeping it, as you chose. Writing this down still counts.
    }

validation-next-step =
    A small step for the coming days: share it with that one person. It doesn't have to be long or perfect.
    Afterwards, notice how it felt to say it, apart from how the other person responded.
    What would you like to do now?
validation-btn-done = That's it for now
validation-bye = Take care. Type /menu whenever you want to come back.
