## The look back on the week. After review-intro the engine adds the summary of the week itself.

review-title = your weekly review
record-review_note = notes for the week ahead
review-intro =
    { $consent ->
        [yes] Let's look back on the past seven days. Not to judge anything, just to see what was there.
       *[other] Let's look back on the past seven days. Since I don't keep anything, I have little to show you; what you remember counts just as much.
    }
review-ask =
    Maybe an intention, something you'd like to remember, or a small thing you'd like to do differently. Skipping is fine too.
    What would you like to take into next week?
review-noted =
    You're taking this with you: "{ $intention }"
    { $consent ->
        [yes] I've kept it with your week.
       *[other] I won't keep it, so feel free to write it down somewhere you'll see it.
    }
    I'm here again whenever you like.
review-skipped = That's fine. Sometimes looking back is enough. I'm here again whenever you like.
