## What the journal and the weekly review show, built from what the person kept.

view-journal-empty = Your journal is still empty. Your first entry can be very short.
view-journal-entry =
    { $date }, mood { $mood } out of 5:
    { $entry }
view-review =
    Your week in short:
    • { $entries ->
        [0] no journal entries
        [one] one journal entry
       *[other] { $entries } journal entries
    }{ $mood ->
        [none] {""}
       *[other] , average mood { $mood } out of 5
    }
    • { $trend ->
        [up] your mood went up a little over the week
        [down] your mood dipped a little over the week
        [same] your mood stayed about the same
       *[unknown] too few entries to say anything about your mood, and that's fine
    }
    • { $made ->
        [0] no plans this week
       *[other] plans: { $made }, of which (partly) done: { $kept }
    }
