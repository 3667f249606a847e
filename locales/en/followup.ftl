## "How did it go?": the question on the day someone picked for a plan. No guilt, ever.

followup-title = how your plan went
record-commitment = plan
record-commitment_outcome = how a plan went

followup-ask =
    Hi. Today's the day you picked for your plan: "{ $what }" ({ $where }).
    If it's still to come, "not yet" is a perfectly good answer.
    How did it go?
followup-ask-plain =
    Hi. Today's the day you picked for your plan. I don't keep your words, as you asked, but you'll know what it was.
    If it's still to come, "not yet" is a perfectly good answer.
    How did it go?
followup-btn-did = I did it
followup-btn-partly = Partly
followup-btn-not-yet = Not yet
followup-btn-no = It didn't happen

followup-respond =
    { $outcome ->
        [done] You did it. However it went, you took a step you'd set yourself, and that's no small thing.
        [partly] Part of it is a step too. Things often go a little differently than planned, and that's fine.
        [not_yet] That's completely fine. Maybe later today, and if not, another time. Plans are allowed to move.
       *[other] That happens. All sorts of things can get in the way, and it says nothing about you. You can always plan it again, if and when you want to.
    }
followup-note =
    { $outcome ->
        [done] A few words are enough, and skipping is fine too. How did it feel?
        [partly] A few words are enough, and skipping is fine too. How did it feel?
       *[other] A few words are enough, and skipping is fine too. How are you feeling about it now?
    }

followup-close =
    { $outcome ->
        [done] Thanks for letting me know. Remember how this went: it often makes the next step a little lighter.
        [partly] Thanks for letting me know. Remember the part that did work: you can build on it next time.
        [not_yet] Thanks for letting me know. A plan that moves is simply a plan that's still to come.
       *[other] Thanks for letting me know. It not happening isn't a failure. Sometimes something smaller fits better, or a different moment.
    }
    Would you like to plan a new step, or is this enough for now?
followup-btn-new = Plan a new step
followup-btn-enough = Enough for now
followup-bye = Take care. Type /menu whenever you want to come back.
