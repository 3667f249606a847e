## /nudges: the person decides which gentle messages come, and when.

nudges-title = your gentle messages
nudges-overview =
    { $nudges_stopped ->
        [yes] All messages are off right now. If you turn them back on, this is how they'll be:
       *[other] These are your messages now:
    }
    • journal: { $journal_time ->
        [none] off
       *[other] every day at { $journal_time }
    }
    • small step: { $step_time ->
        [none] off
       *[other] every day at { $step_time }
    }
    • look back on your week: { $review_day ->
        [mon] on Monday
        [tue] on Tuesday
        [wed] on Wednesday
        [thu] on Thursday
        [fri] on Friday
        [sat] on Saturday
        [sun] on Sunday
       *[none] off
    }
    • check-in: { $checkin_monthly ->
        [yes] every month
       *[other] off
    }
    • one message after a quiet week: { $still_there ->
        [no] off
       *[other] on
    }
    • quiet hours: from { $quiet_start } to { $quiet_end }
    What would you like to change?
nudges-btn-journal = Journal
nudges-btn-step = Small step
nudges-btn-review = Week review
nudges-btn-still-there = Quiet week
nudges-btn-checkin = Check-in
nudges-btn-quiet = Quiet hours
nudges-btn-timezone = Time zone
nudges-btn-pause = Pause for a while
nudges-btn-stop = All off
nudges-btn-restart = Turn back on
nudges-btn-off = Off
nudges-btn-on = On
nudges-journal = What time would you like a message to write in your journal? Type a time, like 19:30. Your quiet hours are from { $quiet_start } to { $quiet_end }; if you pick a time within them, I'll still keep to yours.
nudges-step = What time would you like your small step for the day? Type a time, like 9:30. Your quiet hours are from { $quiet_start } to { $quiet_end }; if you pick a time within them, I'll still keep to yours.
nudges-review = On which day would you like to look back on your week?
nudges-day-mon = Monday
nudges-day-tue = Tuesday
nudges-day-wed = Wednesday
nudges-day-thu = Thursday
nudges-day-fri = Friday
nudges-day-sat = Saturday
nudges-day-sun = Sunday
nudges-checkin = Would you like to be asked once a month whether you'd like to do the short check-in?
nudges-still-there = If I don't hear from you for a week, I send you one short message to say I'm still here. Would you like that?
nudges-quiet-start = From what time would you like to hear nothing from me? Type a time, like 21:00.
nudges-quiet-end = And from what time is it okay again? Type a time, like 9:00.
nudges-timezone = Which time zone are you in now? Type the name of your town or city.
nudges-pause = How long would you like to hear nothing from me?
nudges-pause-1 = One day
nudges-pause-3 = Three days
nudges-pause-7 = A week
nudges-pause-14 = Two weeks
nudges-pause-none = No more pause
nudges-paused = { $days ->
    [0] Okay, the pause is over.
   *[other] Okay. Until { $until } I won't send you anything, unless you write first.
}
nudges-saved = Okay, I've changed that.
nudges-saved-journal = Okay: { $every_journal ->
        [none] every day
        [1] every day
       *[other] every { $every_journal } days
    } at { $journal_time }, a message for your journal.{ $journal_in_quiet ->
        [yes] {" "}That's within your quiet hours, but you chose this time yourself, so that's when I'll send it.
       *[other] {""}
    }
nudges-saved-step = Okay: { $every_step ->
        [none] every day
        [1] every day
       *[other] every { $every_step } days
    } at { $step_time }, a small step.{ $step_in_quiet ->
        [yes] {" "}That's within your quiet hours, but you chose this time yourself, so that's when I'll send it.
       *[other] {""}
    }
nudges-declined =
    You chose that I keep nothing of what you write, so I send no messages in between: a reminder needs a time and a plan that I'd have to keep.
    Shall I keep your answers after all? Then you can choose your messages here.
