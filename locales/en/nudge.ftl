## Nudges: one gentle invitation each, always with "not now" and "fewer of these".

nudge-title = a gentle message
nudge-journal = Hi. Would you like to write down how you felt today? A few lines are enough.
nudge-btn-journal = Yes, let's write
nudge-step = Good morning. Shall I give you a small step for today?
nudge-btn-step = Yes, show me
nudge-review = Another week has gone by. Would you like to look back on your week?
nudge-btn-review = Yes, look back
nudge-checkin = It's been a while since you did the short check-in. Doing it again shows you whether anything has changed.
nudge-still-there = Hi, I haven't heard from you for a while. No need to reply: I just wanted you to know I'm still here, whenever you like.
nudge-btn-here = I'm here
nudge-btn-fewer = Fewer of these
nudge-not-now = That's completely fine. Until another time.
nudge-fewer = Okay, you'll get this one less often from now on. With /nudges you can also turn it off altogether.
