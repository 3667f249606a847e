## /nudges: the person decides which gentle messages come, and when.

nudges-title = je berichtjes
nudges-overview =
    { $nudges_stopped ->
        [yes] Alle berichtjes staan nu uit. Zet je ze weer aan, dan is het zo:
       *[other] Dit zijn je berichtjes nu:
    }
    • dagboek: { $journal_time ->
        [none] uit
       *[other] elke dag om { $journal_time }
    }
    • klein stapje: { $step_time ->
        [none] uit
       *[other] elke dag om { $step_time }
    }
    • terugblik op je week: { $review_day ->
        [mon] op maandag
        [tue] op dinsdag
        [wed] op woensdag
        [thu] op donderdag
        [fri] op vrijdag
        [sat] op zaterdag
        [sun] op zondag
       *[none] uit
    }
    • check-in: { $checkin_monthly ->
        [yes] elke maand
       *[other] uit
    }
    • één berichtje na een stille week: { $still_there ->
        [no] uit
       *[other] aan
    }
    • stille uren: van { $quiet_start } tot { $quiet_end }
    Wat wil je veranderen?
nudges-btn-journal = Dagboek
nudges-btn-step = Klein stapje
nudges-btn-review = Terugblik
nudges-btn-still-there = Stille week
nudges-btn-checkin = Check-in
nudges-btn-quiet = Stille uren
nudges-btn-timezone = Tijdzone
nudges-btn-pause = Even pauzeren
nudges-btn-stop = Alles uit
nudges-btn-restart = Weer aanzetten
nudges-btn-off = Uit
nudges-btn-on = Aan
nudges-journal = Hoe laat wil je een berichtje om even in je dagboek te schrijven? Typ een tijd, zoals 19:30. Je stille uren zijn van { $quiet_start } tot { $quiet_end }; kies je een tijd daarbinnen, dan houd ik me toch aan jouw tijd.
nudges-step = Hoe laat wil je je kleine stapje voor de dag? Typ een tijd, zoals 9:30. Je stille uren zijn van { $quiet_start } tot { $quiet_end }; kies je een tijd daarbinnen, dan houd ik me toch aan jouw tijd.
nudges-review = Op welke dag wil je terugkijken op je week?
nudges-day-mon = Maandag
nudges-day-tue = Dinsdag
nudges-day-wed = Woensdag
nudges-day-thu = Donderdag
nudges-day-fri = Vrijdag
nudges-day-sat = Zaterdag
nudges-day-sun = Zondag
nudges-checkin = Wil je elke maand de vraag krijgen of je de korte check-in wilt doen?
nudges-still-there = Als ik een week niets van je hoor, stuur ik je één keer een kort berichtje dat ik er nog ben. Wil je dat?
nudges-quiet-start = Vanaf hoe laat wil je niets meer van me horen? Typ een tijd, zoals 21:00.
nudges-quiet-end = En vanaf hoe laat mag het weer? Typ een tijd, zoals 9:00.
nudges-timezone = In welke tijdzone zit je nu? Typ de naam van je woonplaats.
nudges-pause = Hoe lang wil je even niets van me horen?
nudges-pause-1 = Een dag
nudges-pause-3 = Drie dagen
nudges-pause-7 = Een week
nudges-pause-14 = Twee weken
nudges-pause-none = Geen pauze meer
nudges-paused = { $days ->
    [0] Goed, er is geen pauze meer.
   *[other] Goed. Tot { $until } stuur ik je niets, behalve als je zelf iets zegt.
}
nudges-saved = Goed, dat heb ik aangepast.
nudges-saved-journal = Goed: { $every_journal ->
        [none] elke dag
        [1] elke dag
       *[other] om de { $every_journal } dagen
    } om { $journal_time } een berichtje voor je dagboek.{ $journal_in_quiet ->
        [yes] {" "}Dat valt in je stille uren, maar die tijd koos je zelf, dus dan stuur ik het.
       *[other] {""}
    }
nudges-saved-step = Goed: { $every_step ->
        [none] elke dag
        [1] elke dag
       *[other] om de { $every_step } dagen
    } om { $step_time } een klein stapje.{ $step_in_quiet ->
        [yes] {" "}Dat valt in je stille uren, maar die tijd koos je zelf, dus dan stuur ik het.
       *[other] {""}
    }
nudges-declined =
    Je koos ervoor dat ik niets bewaar van wat je schrijft. Daarom stuur ik tussendoor geen berichtjes: daarvoor moet ik een tijd en een plan bewaren.
    Zal ik je antwoorden toch bewaren? Dan kies je hier je berichtjes.
