## /journal: your journal. After journal-heading the engine adds the latest entries itself (or says there are none yet).

journal-title = your journal
record-journal = journal entries
journal-heading =
    { $consent ->
        [yes] Your journal: what you've written lately about how you felt.
       *[other] You chose not to have me keep anything, so your journal stays empty. You can always write, of course.
    }
journal-choose = What would you like to do now?
journal-btn-write = Write something new
journal-btn-week = Look back on my week
journal-btn-show = See my journal
