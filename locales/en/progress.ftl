## /progress (dialogues/progress.yaml) and the picture it shows (bot/core/views.py, progress).
progress-title = your progress
progress-intro = Here's how things have gone so far.
progress-next = Where would you like to go on from here?
progress-btn-route = Your route
view-progress =
    { $checkins ->
        [0] There is no complete check-in yet.
        [one] One check-in: { $last } of 6 (lower means less lonely).
       *[other] { $checkins } check-ins: { $first } of 6 at the first, { $last } of 6 at the latest (lower means less lonely).
    } { $moods ->
        [0] No mood in your journal yet.
       *[other] Your journal has { $moods } moods, on average { $mood } of 5{ $trend ->
            [up] , lately a little higher.
            [down] , lately a little lower.
           *[other] .
        }
    }
view-progress-title = Check-ins and mood over time
view-progress-checkin = Check-in (0 to 6, lower is less lonely)
view-progress-mood = Mood in the journal (1 to 5)
